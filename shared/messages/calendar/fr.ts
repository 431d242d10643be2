import type en from './en.ts';

export default {
  'calendar.taskFor': '{title} ({name})',
  'calendar.keepInTouch': 'Prendre des nouvelles de {name}',
  'calendar.birthday': 'Anniversaire\u00A0: {name}',
} satisfies Record<keyof typeof en, string>;
