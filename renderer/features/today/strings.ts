/** Strings of the Today screen, in one place for translation. */
export const todayStrings = {
  title: 'Today',
  birthdaysTitle: 'Birthdays in the next two weeks',
  loading: 'Looking for birthdays…',
  noBirthdays: 'No birthdays in the next two weeks.',
  noBirthdaysHint: 'Add a birthday to a contact (day and month are enough) and it will show up here.',
  today: 'Today',
  tomorrow: 'Tomorrow',
  inDays: (days: number) => `In ${days} days`,
  turns: (age: number) => `turns ${age}`,
  glanceTitle: 'Your address book',
  people: (count: string) => `${count} contacts and companies`,
  emptyTitle: 'Welcome to Carnet',
  emptyBody: 'Everything stays in one file on this computer. Start by adding someone, or bring your contacts in.',
};
