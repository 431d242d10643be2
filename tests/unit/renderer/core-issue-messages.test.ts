import { afterEach, describe, expect, it } from 'vitest';
import { issueMessage } from '../../../renderer/features/contacts/issue-messages.ts';
import { useLocale } from '../../../renderer/i18n/locale-store.ts';

afterEach(() => useLocale.getState().choose('en'));

describe('validation problems found by the core', () => {
  it('are said in the interface language from their kind, not their English sentence', () => {
    useLocale.getState().choose('fr');
    // As the core sends them over the contract: dotted path, English sentence, kind and limit.
    const tooLong = issueMessage({ path: 'fields.firstName', message: 'Too big: expected string to have <=200 characters', code: 'too_big', origin: 'string', maximum: 200 }, 'person');
    expect(tooLong).not.toMatch(/Too big/);
    expect(tooLong).toMatch(/200/);
    expect(issueMessage({ path: 'fields.emails.0.value', message: 'This is not an email address', code: 'invalid_format' }, 'person')).toBe('Ce n’est pas une adresse e-mail, par exemple nom@exemple.fr');
  });

  it('keep the English sentence when their kind is unknown', () => {
    useLocale.getState().choose('ru');
    expect(issueMessage({ path: 'fields.title', message: 'Something new', code: 'not_a_code' }, 'person')).toBe('Something new');
  });
});
