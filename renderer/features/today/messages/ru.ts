import type en from './en.ts';

export default {
  title: 'Сегодня',
  birthdaysTitle: 'Дни рождения в ближайшие две недели',
  loading: 'Ищем дни рождения…',
  noBirthdays: 'В ближайшие две недели дней рождения нет.',
  noBirthdaysHint: 'Добавьте контакту день рождения (достаточно дня и месяца), и он появится здесь.',
  today: 'Сегодня',
  tomorrow: 'Завтра',
  inDays: '{days, plural, one {Через # день} few {Через # дня} many {Через # дней} other {Через # дня}}',
  turns: '{age, plural, one {исполняется # год} few {исполняется # года} many {исполняется # лет} other {исполняется # года}}',
  glanceTitle: 'Ваша адресная книга',
  people: '{count, plural, one {# контакт или компания} few {# контакта и компании} many {# контактов и компаний} other {# контакта и компании}}',
  emptyTitle: 'Добро пожаловать в Carnet',
  emptyBody: 'Всё хранится в одном файле на этом компьютере. Начните с того, что добавите кого-нибудь, или перенесите свои контакты.',
} satisfies Record<keyof typeof en, string>;
