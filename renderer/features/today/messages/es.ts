import type en from './en.ts';

export default {
  title: 'Hoy',
  birthdaysTitle: 'Cumpleaños de las próximas dos semanas',
  loading: 'Buscando cumpleaños…',
  noBirthdays: 'No hay cumpleaños en las próximas dos semanas.',
  noBirthdaysHint: 'Añade un cumpleaños a un contacto (basta con el día y el mes) y aparecerá aquí.',
  today: 'Hoy',
  tomorrow: 'Mañana',
  inDays: '{days, plural, one {Dentro de # día} other {Dentro de # días}}',
  turns: '{age, plural, one {cumple # año} other {cumple # años}}',
  glanceTitle: 'Tu agenda',
  people: '{count, plural, one {# contacto o empresa} other {# contactos y empresas}}',
  emptyTitle: 'Te damos la bienvenida a Carnet',
  emptyBody: 'Todo se queda en un solo archivo en este ordenador. Empieza añadiendo a alguien, o trae tus contactos.',
} satisfies Record<keyof typeof en, string>;
