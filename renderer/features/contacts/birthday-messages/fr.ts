import type en from './en.ts';

export default {
  unreadable: 'Tapez une date comme 14 mars 1985, ou juste 14 mars',
  noSuchDate: 'Cette date n’existe pas',
  future: 'Cette date est dans le futur',
  tooOld: 'Indiquez une année après {year, number, ::group-off}',
  ambiguous: 'Le jour et le mois peuvent s’inverser : écrivez le mois en lettres (3 avril 1985)',
  readAs: 'Lu comme {date}',
} satisfies Record<keyof typeof en, string>;
