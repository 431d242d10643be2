// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { ContactForm } from '../../../renderer/features/contacts/ContactForm.tsx';
import { contactStrings } from '../../../renderer/features/contacts/strings.ts';
import { CarnetError } from '../../../shared/errors.ts';
import type { ContactInput } from '../../../shared/contract/contacts.ts';
import { contact, fakeClient, type FakeClient } from './fake-client.ts';

afterEach(cleanup);

function renderForm(client: FakeClient, props: Partial<Parameters<typeof ContactForm>[0]> = {}) {
  const onDone = vi.fn();
  render(
    <ClientContext.Provider value={client}>
      <ContactForm kind="person" contact={null} prefill={{}} onDone={onDone} {...props} />
    </ClientContext.Provider>,
  );
  return onDone;
}

const saving = () =>
  fakeClient({
    'contacts.create': (input) => contact({ id: 'new-id', firstName: input.firstName ?? '', displayName: input.firstName ?? '' }),
    'contacts.update': ({ id }) => contact({ id }),
    'companies.suggest': () => [],
  });

const type = (label: string, value: string, index = 0) => fireEvent.change(screen.getAllByLabelText(label, { exact: true })[index]!, { target: { value } });
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('ContactForm', () => {
  it('flags a malformed email next to the field when the user leaves it, and clears it once fixed', () => {
    renderForm(saving());
    const email = screen.getByLabelText('Email', { exact: true });
    fireEvent.change(email, { target: { value: 'ada@' } });
    expect(email.getAttribute('aria-invalid')).toBeNull(); // not while typing
    fireEvent.blur(email);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toBe(contactStrings.invalidEmail);
    fireEvent.change(email, { target: { value: 'ada@example.com' } });
    expect(email.getAttribute('aria-invalid')).toBeNull();
  });

  it('does not send anything while a field is wrong', async () => {
    const client = saving();
    const onDone = renderForm(client);
    type('First name', 'Ada');
    type('Email', 'not-an-email');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(client.callsTo('contacts.create')).toEqual([]);
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(contactStrings.fixErrors(1));
  });

  it('saves with Ctrl+S, reading the birthday and dropping the unused rows', async () => {
    const client = saving();
    const onDone = renderForm(client);
    type('First name', 'Ada');
    type('Last name', 'Lovelace');
    type('Birthday', '10 December');
    type('Tags', 'math, poetry');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await settle();
    const [sent] = client.callsTo('contacts.create') as ContactInput[];
    expect(sent).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', birthday: '--12-10', emails: [], phones: [], tags: ['math', 'poetry'] });
    expect(onDone).toHaveBeenCalledWith('new-id');
  });

  it('repeats Email under the same name and sends rows in order', async () => {
    const client = saving();
    renderForm(client);
    type('First name', 'Ada');
    fireEvent.click(screen.getByRole('button', { name: `+ ${contactStrings.addEmail}` }));
    expect(screen.getAllByLabelText('Email', { exact: true })).toHaveLength(2);
    type('Email', 'one@example.com', 0);
    type('Email', 'two@example.com', 1);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect((client.callsTo('contacts.create')[0] as ContactInput).emails).toEqual([
      { label: 'work', value: 'one@example.com' },
      { label: 'work', value: 'two@example.com' },
    ]);
  });

  it('shows a problem the core found next to the field it names', async () => {
    const client = fakeClient({
      'companies.suggest': () => [],
      'contacts.update': () => {
        throw new CarnetError('invalid_input', 'Check the contact', [{ path: 'fields.phones.0.value', message: 'This number is too long' }]);
      },
    });
    const onDone = renderForm(client, { contact: contact({ phones: [{ label: 'mobile', value: '+33 6 12', e164: null }] }) });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    const phone = screen.getByLabelText('Phone', { exact: true });
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(phone.getAttribute('aria-describedby')!)?.textContent).toBe('This number is too long');
    expect(onDone).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('checks with the contract before sending: a rule the editor has no code of its own for shows at its field', async () => {
    const client = saving();
    renderForm(client);
    type('First name', 'Ada');
    type('Phone', '0'.repeat(41));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(client.callsTo('contacts.create')).toEqual([]);
    const phone = screen.getByLabelText('Phone', { exact: true });
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(phone.getAttribute('aria-describedby')!)?.textContent).toBe(contactStrings.tooLong(40));
  });

  it('asks a company card for its name at the company field', async () => {
    const client = saving();
    renderForm(client, { kind: 'company' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(client.callsTo('contacts.create')).toEqual([]);
    const company = screen.getByLabelText(contactStrings.companyName, { exact: true });
    expect(company.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(company.getAttribute('aria-describedby')!)?.textContent).toBe(contactStrings.needsCompanyName);
  });

  it('says what went wrong when the core cannot be reached, keeping the typed values', async () => {
    const client = fakeClient({
      'companies.suggest': () => [],
      'contacts.create': () => {
        throw new CarnetError('io', 'Carnet is not running any more: restart it and reload this page.');
      },
    });
    renderForm(client);
    type('First name', 'Ada');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toMatch(/not running any more/);
    expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('Ada');
  });

  it('cancels with Escape', () => {
    const onDone = renderForm(saving());
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledWith(null);
  });

  it('asks for a second Escape before throwing typed work away', () => {
    const onDone = renderForm(saving());
    type('First name', 'Ada');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe(contactStrings.discardHint);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledWith(null);
  });

  it('edits custom fields: change one, remove one, add one; a value without a name is flagged', async () => {
    const client = saving();
    const existing = contact({ id: 'c1', firstName: 'Ana', displayName: 'Ana', customFields: [{ label: 'Shoe size', value: '38' }, { label: 'Spouse', value: 'Luis' }] });
    const onDone = renderForm(client, { contact: existing });
    expect(screen.getByRole('group', { name: 'Other fields' })).toBeTruthy();
    expect((screen.getAllByLabelText('Field name', { exact: true })[0] as HTMLInputElement).value).toBe('Shoe size');
    type('Value', '39', 0);
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove' }).at(-1)!); // Spouse
    fireEvent.click(screen.getByRole('button', { name: '+ Add a field' }));
    type('Value', 'C-1042', 1);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(client.callsTo('contacts.update')).toEqual([]);
    const name = screen.getAllByLabelText('Field name', { exact: true })[1]!;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe(contactStrings.needsFieldName);

    type('Field name', 'Customer number', 1);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    const sent = client.callsTo('contacts.update')[0] as { fields: ContactInput };
    expect(sent.fields.customFields).toEqual([{ label: 'Shoe size', value: '39' }, { label: 'Customer number', value: 'C-1042' }]);
    expect(onDone).toHaveBeenCalledWith('c1');
  });

  it('keeps the line breaks of a custom field of several lines', async () => {
    const client = saving();
    renderForm(client, { contact: contact({ id: 'c2', customFields: [{ label: 'Address (old)', value: '3 rue Haute\n69001 Lyon' }] }) });
    const value = screen.getByLabelText('Value', { exact: true });
    expect(value.tagName).toBe('TEXTAREA');
    fireEvent.change(value, { target: { value: '3 rue Haute\n69002 Lyon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    const sent = client.callsTo('contacts.update')[0] as { fields: ContactInput };
    expect(sent.fields.customFields).toEqual([{ label: 'Address (old)', value: '3 rue Haute\n69002 Lyon' }]);
  });
});
