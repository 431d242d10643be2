import { afterEach, describe, expect, it } from 'vitest';
import { draftFromContact, issuesToErrors } from '../../../renderer/features/contacts/contact-draft.ts';
import { issueMessage } from '../../../renderer/features/contacts/issue-messages.ts';
import { useLocale } from '../../../renderer/i18n/locale-store.ts';
import { contactInputSchema } from '../../../shared/contract/contacts.ts';

afterEach(() => useLocale.getState().choose('system'));

/** The contract's own issues for an input, as the editor gets them when it checks a draft. */
function issuesFor(input: unknown) {
  const parsed = contactInputSchema.safeParse(input);
  if (parsed.success) throw new Error('expected the contract to refuse this input');
  return parsed.error.issues;
}

describe('issueMessage', () => {
  it('says what is wrong in French, by field and kind of problem', () => {
    useLocale.getState().choose('fr');
    const issues = issuesFor({ kind: 'person', firstName: 'Ada', emails: [{ value: 'ada@' }], phones: [{ value: 'abc' }], customFields: [{ label: '', value: 'C-1' }], title: 'x'.repeat(201) });
    const messages = issues.map((issue) => [issue.path.join('.'), issueMessage(issue, 'person')]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['emails.0.value', 'Ce n’est pas une adresse e-mail, par exemple nom@exemple.fr'],
        ['phones.0.value', 'Un numéro de téléphone doit contenir des chiffres'],
        ['customFields.0.label', 'Donnez un nom à ce champ'],
        ['title', 'Trop long\u00A0: 200 caractères au maximum'],
      ]),
    );
  });

  it('names what is missing for the kind of contact, in Russian', () => {
    useLocale.getState().choose('ru');
    const [nameless] = issuesFor({ kind: 'person' });
    expect(issueMessage(nameless!, 'person')).toBe('Укажите имя, компанию, почту или телефон контакта');
    const [phoneEmpty] = issuesFor({ kind: 'person', phones: [{ value: '' }] });
    expect(issueMessage(phoneEmpty!, 'person')).toBe('Впишите номер телефона или удалите эту строку');
  });

  it('keeps the contract’s English for a problem it does not know, and for an issue without a kind', () => {
    useLocale.getState().choose('de');
    expect(issueMessage({ path: ['kind'], code: 'invalid_value', message: 'Invalid option' }, 'person')).toBe('Invalid option');
    // The core's issues carry no kind: never guess from the English text.
    expect(issueMessage({ path: 'emails.0.value', message: 'This is not an email address' }, 'person')).toBe('This is not an email address');
  });

  it('puts each translated message next to the row the user sees', () => {
    useLocale.getState().choose('es');
    const draft = { ...draftFromContact(null, 'person', 'es-ES'), emails: [{ key: 1, label: 'work', value: '' }, { key: 2, label: 'work', value: 'x@' }] };
    const issues = issuesFor({ kind: 'person', firstName: 'Ada', emails: [{ value: 'x@' }] });
    expect(issuesToErrors(issues, draft)).toEqual({ 'emails.1.value': 'Esto no es una dirección de correo, por ejemplo nombre@ejemplo.com' });
  });
});
