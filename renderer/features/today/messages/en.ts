/** The Today screen's messages in English: the source the other languages are checked against. */
export default {
  title: 'Today',
  birthdaysTitle: 'Birthdays in the next two weeks',
  loading: 'Looking for birthdays…',
  noBirthdays: 'No birthdays in the next two weeks.',
  noBirthdaysHint: 'Add a birthday to a contact (day and month are enough) and it will show up here.',
  today: 'Today',
  tomorrow: 'Tomorrow',
  inDays: '{days, plural, one {In # day} other {In # days}}',
  turns: '{age, plural, one {turns #} other {turns #}}',
  glanceTitle: 'Your address book',
  people: '{count, plural, one {# contact or company} other {# contacts and companies}}',
  emptyTitle: 'Welcome to Carnet',
  emptyBody: 'Everything stays in one file on this computer. Start by adding someone, or bring your contacts in.',
} as const;
