import type en from './en.ts';

export default {
  title: 'Heute',
  birthdaysTitle: 'Geburtstage in den nächsten zwei Wochen',
  loading: 'Geburtstage werden gesucht…',
  noBirthdays: 'Keine Geburtstage in den nächsten zwei Wochen.',
  noBirthdaysHint: 'Tragen Sie bei einem Kontakt einen Geburtstag ein (Tag und Monat genügen), dann erscheint er hier.',
  today: 'Heute',
  tomorrow: 'Morgen',
  inDays: '{days, plural, one {In # Tag} other {In # Tagen}}',
  turns: '{age, plural, one {wird #} other {wird #}}',
  glanceTitle: 'Ihr Adressbuch',
  people: '{count, plural, one {# Kontakt oder Firma} other {# Kontakte und Firmen}}',
  emptyTitle: 'Willkommen bei Carnet',
  emptyBody: 'Alles bleibt in einer einzigen Datei auf diesem Computer. Fügen Sie zuerst jemanden hinzu, oder holen Sie Ihre Kontakte herein.',
} satisfies Record<keyof typeof en, string>;
