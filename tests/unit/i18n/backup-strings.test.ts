import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../../renderer/i18n/locale-store.ts';
import { backupStrings as s } from '../../../renderer/features/backup/strings.ts';
import { formatBytes } from '../../../renderer/features/backup/format.ts';
import { backupCatalogs } from '../../../renderer/features/backup/messages/index.ts';

afterEach(() => useLocale.getState().choose('en'));

/** Intl separates groups and units with no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('backup strings', () => {
  it('count contacts and companies with Russian plural forms', () => {
    useLocale.getState().choose('ru');
    const counts = (n: number, more = 0) => ({ contacts: n, companies: n, tags: 0, notes: 0, interactions: more, tasks: more, purchases: more });
    expect([1, 3, 5, 21].map((n) => s.counts(counts(n)))).toEqual([
      '1 контакт, 1 компания', '3 контакта, 3 компании', '5 контактов, 5 компаний', '21 контакт, 21 компания',
    ]);
    // Interactions and tasks only when the backup has some.
    expect(s.counts(counts(2, 5))).toBe('2 контакта, 2 компании, 5 взаимодействий, 5 задач, 5 покупок');
    expect(s.passphraseTooShort(8)).toBe('Нужно не меньше 8 символов.');
  });

  it('say 0 and 1 in the singular in French, and group thousands', () => {
    useLocale.getState().choose('fr');
    expect(s.counts({ contacts: 0, companies: 1, tags: 0, notes: 0, interactions: 0, tasks: 0, purchases: 0 })).toBe('0 contact, 1 entreprise');
    expect(s.counts({ contacts: 0, companies: 1, tags: 0, notes: 0, interactions: 1, tasks: 2, purchases: 0 })).toBe('0 contact, 1 entreprise, 1 interaction, 2 tâches');
    expect(plain(s.exported(1200, 'contacts.csv'))).toBe('1 200 contacts exportés dans contacts.csv');
  });

  it('write sizes and dates in the chosen language', () => {
    useLocale.getState().choose('fr');
    expect(plain(formatBytes(143_130_000))).toBe('136,5 Mo');
    useLocale.getState().choose('de');
    expect(plain(formatBytes(150))).toBe('150 Byte');
    useLocale.getState().choose('en');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(150_000)).toBe('146.5 kB');
  });

  it('keep French punctuation off the start of a line (no-break space before : ; ? !)', () => {
    for (const [id, text] of Object.entries(backupCatalogs.fr)) {
      expect(text, id).not.toMatch(/ [:;?!]/);
    }
    expect(s.confirmRestoreTitle).toBe('Restore this backup?');
    useLocale.getState().choose('fr');
    expect(s.confirmRestoreTitle).toBe('Restaurer cette sauvegarde\u00a0?');
  });
});
