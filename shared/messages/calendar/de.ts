import type en from './en.ts';

export default {
  'calendar.taskFor': '{title} ({name})',
  'calendar.keepInTouch': 'Bei {name} melden',
  'calendar.birthday': 'Geburtstag: {name}',
} satisfies Record<keyof typeof en, string>;
