import type en from './en.ts';

export default {
  unreadable: 'Escriba una fecha como 14 de marzo de 1985, o solo 14 de marzo',
  noSuchDate: 'Esta fecha no existe',
  future: 'Esta fecha está en el futuro',
  tooOld: 'Use un año posterior a {year, number, ::group-off}',
  ambiguous: 'El día y el mes podrían estar al revés: escriba el mes con letras (3 de abril de 1985)',
  readAs: 'Leída como {date}',
} satisfies Record<keyof typeof en, string>;
