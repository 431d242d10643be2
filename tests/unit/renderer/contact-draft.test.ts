import { describe, expect, it } from 'vitest';
import { draftFromContact, draftToInput, emailError, issuesToErrors, type ContactDraft } from '../../../renderer/features/contacts/contact-draft.ts';
import { contactStrings } from '../../../renderer/features/contacts/strings.ts';
import { contactInputSchema } from '../../../shared/contract/contacts.ts';
import { contact } from './fake-client.ts';

function draft(overrides: Partial<ContactDraft> = {}): ContactDraft {
  return { ...draftFromContact(null, 'person', 'en-GB'), ...overrides };
}

const row = (value: string, label = 'work') => ({ key: Math.random(), label, value });

describe('draftToInput', () => {
  it('drops empty rows and builds an input the contract accepts', () => {
    const { input, errors } = draftToInput(draft({ firstName: ' Ada ', emails: [row(''), row('ada@example.com')], tags: 'vip, client, vip', birthday: '10/12/1985' }), 'en-GB');
    expect(errors).toEqual({});
    expect(input.emails).toEqual([{ label: 'work', value: 'ada@example.com' }]);
    expect(input.phones).toEqual([]);
    expect(input.tags).toEqual(['vip', 'client']);
    expect(input.birthday).toBe('1985-12-10');
    expect(contactInputSchema.safeParse(input).success).toBe(true);
  });

  it('reports a malformed email at the row the user sees', () => {
    const { errors } = draftToInput(draft({ firstName: 'Ada', emails: [row('ok@example.com'), row('nope@')] }), 'en-GB');
    expect(errors).toEqual({ 'emails.1.value': contactStrings.invalidEmail });
  });

  it('asks for a name when there is nothing to call the contact by', () => {
    expect(draftToInput(draft(), 'en-GB').errors).toEqual({ firstName: contactStrings.needsName });
    expect(draftToInput(draft({ phones: [row('06 12', 'mobile')] }), 'en-GB').errors).toEqual({});
  });

  it('reports an unreadable birthday and a phone without digits', () => {
    const { errors } = draftToInput(draft({ firstName: 'Ada', birthday: '31/02', phones: [row('call me')] }), 'en-GB');
    expect(Object.keys(errors).sort()).toEqual(['birthday', 'phones.0.value']);
  });

  it('requires a name on a company card', () => {
    const company = { ...draftFromContact(null, 'company', 'en-GB'), company: '  ' };
    expect(draftToInput(company, 'en-GB').errors).toEqual({ company: contactStrings.needsCompanyName });
  });
});

describe('draftToInput checks with the contract schema', () => {
  it('finds every problem the core would refuse, at the field the user sees', () => {
    const tooLong = '0'.repeat(41);
    const d = draft({ firstName: 'Ada', title: 'x'.repeat(201), phones: [row('', 'mobile'), row(tooLong, 'mobile')], tags: `ok, ${'t'.repeat(61)}` });
    const { input, errors } = draftToInput(d, 'en-GB');
    const core = contactInputSchema.safeParse(input);
    expect(core.success).toBe(false);
    expect(core.error!.issues).toHaveLength(3);
    expect(errors).toEqual({ 'phones.1.value': contactStrings.tooLong(40), tags: contactStrings.tooLong(60), title: contactStrings.tooLong(200) });
  });

  it('uses the schema\'s rules for custom fields: a value needs a name; a name without a value is fine', () => {
    const custom = (label: string, value: string) => ({ key: Math.random(), label, value });
    const { errors } = draftToInput(draft({ firstName: 'Ada', customFields: [custom('', ''), custom('Size', ''), custom('', '38'), custom('n'.repeat(101), 'x')] }), 'en-GB');
    expect(errors).toEqual({ 'customFields.2.label': contactStrings.needsFieldName, 'customFields.3.label': contactStrings.tooLong(100) });
  });

  it('flags one email as the contract does, and an empty one not at all', () => {
    expect(emailError('nope@')).toBe(contactStrings.invalidEmail);
    expect(emailError(`${'a'.repeat(250)}@b.co`)).toBe(contactStrings.tooLong(254));
    expect(emailError('  ')).toBeNull();
    expect(emailError(' ada@example.com ')).toBeNull();
  });
});

describe('issuesToErrors', () => {
  it('maps indexes of sent rows back to the rows on screen, for create and update paths', () => {
    const d = draft({ emails: [row(''), row('a@b.co'), row(''), row('c@d.co')] });
    expect(issuesToErrors([{ path: 'emails.1.value', message: 'Bad' }], d)).toEqual({ 'emails.3.value': 'Bad' });
    expect(issuesToErrors([{ path: 'fields.emails.0.value', message: 'Bad' }], d)).toEqual({ 'emails.1.value': 'Bad' });
  });

  it('shows a row label\'s problem on its row, and a whole list\'s on the form', () => {
    const d = draft({ emails: [row(''), row('a@b.co')] });
    expect(issuesToErrors([{ path: 'emails.0.label', message: 'Too long' }], d)).toEqual({ 'emails.1': 'Too long' });
    expect(issuesToErrors([{ path: 'addresses.0.label', message: 'Too long' }], d)).toEqual({ form: 'Too long' });
    expect(issuesToErrors([{ path: 'fields.phones', message: 'Too many' }, { path: 'kind', message: 'Bad kind' }], d)).toEqual({ form: 'Too many' });
  });

  it('puts tag problems on the tags field and whole-input problems on the form', () => {
    expect(issuesToErrors([{ path: 'tags.4', message: 'Too long' }, { path: '', message: 'Nope' }], draft())).toEqual({ tags: 'Too long', form: 'Nope' });
  });
});

describe('draftFromContact', () => {
  it('shows a stored birthday in the user locale and tags as text', () => {
    const d = draftFromContact(contact({ birthday: '--03-14', tags: ['a', 'b'] }), 'person', 'en-GB');
    expect(d.birthday).toBe('14 March');
    expect(d.tags).toBe('a, b');
    expect(draftToInput(d, 'en-GB').input.birthday).toBe('--03-14');
  });
});
