import type en from './en.ts';

export default {
  'calendar.taskFor': '{title} ({name})',
  'calendar.keepInTouch': 'Ponerse en contacto con {name}',
  'calendar.birthday': 'Cumpleaños: {name}',
} satisfies Record<keyof typeof en, string>;
