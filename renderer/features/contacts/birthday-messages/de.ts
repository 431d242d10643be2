import type en from './en.ts';

export default {
  unreadable: 'Geben Sie ein Datum wie 14. März 1985 ein, oder nur 14. März',
  noSuchDate: 'Dieses Datum gibt es nicht',
  future: 'Dieses Datum liegt in der Zukunft',
  tooOld: 'Geben Sie ein Jahr nach {year, number, ::group-off} ein',
  ambiguous: 'Tag und Monat lassen sich vertauschen: schreiben Sie den Monat aus (3. April 1985)',
  readAs: 'Gelesen als {date}',
} satisfies Record<keyof typeof en, string>;
