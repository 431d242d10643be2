/**
 * The event titles of the calendar file (`calendar.export`), in English: the source of the other
 * languages and what the CLI writes. The file is written in the interface language the app asks for.
 */
export default {
  'calendar.taskFor': '{title} ({name})',
  'calendar.keepInTouch': 'Get in touch with {name}',
  'calendar.birthday': 'Birthday: {name}',
} as const;
