/** The birthday field's messages in English, the source every other language is checked against. */
export default {
  unreadable: 'Type a date such as 14 March 1985, or just 14 March',
  noSuchDate: 'This date does not exist',
  future: 'This date is in the future',
  tooOld: 'Use a year after {year, number, ::group-off}',
  ambiguous: 'Day and month could be either way round: write the month as a word (3 April 1985)',
  readAs: 'Read as {date}',
};
