import type en from './en.ts';

export default {
  unreadable: 'Введите дату, например 14 марта 1985, или просто 14 марта',
  noSuchDate: 'Такой даты не существует',
  future: 'Эта дата ещё не наступила',
  tooOld: 'Укажите год после {year, number, ::group-off}',
  ambiguous: 'День и месяц можно прочитать в любом порядке: напишите месяц словом (3 апреля 1985)',
  readAs: 'Прочитано как {date}',
} satisfies Record<keyof typeof en, string>;
