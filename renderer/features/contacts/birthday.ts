import { formatBirthday, numericDateOrder, readBirthday, type BirthdayProblem } from '../../../shared/domain/birthday-reading.ts';

/**
 * The contact editor's view of the shared birthday reader: what the user typed, read whatever the
 * interface language, with the locale's order for dates like 03/04/1985.
 */
export type BirthdayParse = { ok: true; value: string | null; readAs: string | null } | { ok: false; error: string };

export const birthdayMessages = {
  unreadable: 'Type a date such as 14 March 1985, or just 14 March',
  noSuchDate: 'This date does not exist',
  future: 'This date is in the future',
  tooOld: 'Use a year after 1850',
  ambiguous: 'Day and month could be either way round: type the month as a word (3 April 1985)',
  readAs: (date: string) => `Read as ${date}`,
};

const problemMessages: Record<BirthdayProblem, () => string> = {
  unreadable: () => birthdayMessages.unreadable,
  no_such_date: () => birthdayMessages.noSuchDate,
  future: () => birthdayMessages.future,
  too_old: () => birthdayMessages.tooOld,
};

export { formatBirthday };

/** Whether the locale writes the day before the month in numeric dates (14/03 vs 03/14). */
export function dayComesFirst(locale: string): boolean {
  return numericDateOrder(locale) === 'dmy';
}

/**
 * `readAs` is set when the text only made a date in the order the locale does not use
 * ("14/03/1985" in an American interface): the field says how Carnet read it.
 */
export function parseBirthday(input: string, locale: string, today: Date = new Date()): BirthdayParse {
  const reading = readBirthday(input, { order: numericDateOrder(locale), today });
  switch (reading.kind) {
    case 'empty': return { ok: true, value: null, readAs: null };
    case 'date': return { ok: true, value: reading.value, readAs: reading.reordered ? formatBirthday(reading.value, locale) : null };
    // Not reached with an order given; kept so a change to the reader cannot slip through silently.
    case 'ambiguous': return { ok: false, error: birthdayMessages.ambiguous };
    case 'invalid': return { ok: false, error: problemMessages[reading.problem]() };
  }
}
