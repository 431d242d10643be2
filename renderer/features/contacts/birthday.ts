import { formatBirthday, numericDateOrder, OLDEST_BIRTH_YEAR, readBirthday, type BirthdayProblem } from '../../../shared/domain/birthday-reading.ts';
import { localized, translator } from '../../i18n/translate.ts';
import { birthdayCatalogs } from './birthday-messages/index.ts';

/**
 * The contact editor's view of the shared birthday reader: what the user typed, read whatever the
 * interface language, with the locale's order for dates like 03/04/1985.
 */
export type BirthdayParse = { ok: true; value: string | null; readAs: string | null } | { ok: false; error: string };

const t = translator(birthdayCatalogs);

/** The field's messages in the current language (texts in `birthday-messages/<language>.ts`). */
export const birthdayMessages = localized(() => ({
  unreadable: t('unreadable'),
  noSuchDate: t('noSuchDate'),
  future: t('future'),
  tooOld: t('tooOld', { year: OLDEST_BIRTH_YEAR }),
  ambiguous: t('ambiguous'),
  readAs: (date: string) => t('readAs', { date }),
}));

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
