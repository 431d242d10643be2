import type en from './en.ts';

export default {
  'calendar.taskFor': '{title} ({name})',
  'calendar.keepInTouch': 'Связаться: {name}',
  'calendar.birthday': 'День рождения: {name}',
} satisfies Record<keyof typeof en, string>;
