// @vitest-environment jsdom
import { localToday } from '../../../renderer/stores/today-store.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { ContactForm } from '../../../renderer/features/contacts/ContactForm.tsx';
import { phoneNote } from '../../../renderer/features/contacts/phone-note.ts';
import { contactStrings as s } from '../../../renderer/features/contacts/strings.ts';
import { useSettings } from '../../../renderer/stores/settings-store.ts';
import { contact, fakeClient } from './fake-client.ts';

describe('phoneNote', () => {
  it('says how a number was read', () => {
    expect(phoneNote('06 12 34 56 78', 'FR', 'en', true)).toEqual({ text: 'Read as +33 6 12 34 56 78, France', warning: false });
    expect(phoneNote('+44 20 7946 0018', 'FR', 'en', false)).toEqual({ text: 'Read as +44 20 7946 0018, United Kingdom', warning: false });
  });
  it('flags a number that is not real for its country once the user has finished typing it', () => {
    expect(phoneNote('06 12 34 56 78', 'US', 'en', true)).toBeUndefined();
    expect(phoneNote('06 12 34 56 78', 'US', 'en', false)).toEqual({ text: s.phoneNotInUse('+1 0612345678', 'United States'), warning: true });
    expect(phoneNote('06 12 34', 'FR', 'en', false)).toEqual({ text: s.phoneTooShort('France'), warning: true });
    expect(phoneNote('06 12 34 56 78 90 12', 'FR', 'en', false)).toEqual({ text: s.phoneTooLong('France'), warning: true });
  });
  it('says nothing without a number or before the settings are known', () => {
    expect(phoneNote('', 'FR', 'en', false)).toBeUndefined();
    expect(phoneNote('call me', 'FR', 'en', false)).toBeUndefined();
    expect(phoneNote('06 12 34 56 78', null, 'en', false)).toBeUndefined();
  });
});

describe('the phone field of the contact editor', () => {
  beforeEach(() => useSettings.setState({ settings: { defaultCountry: 'FR', countryConfirmed: true, language: 'system' as const, notificationTime: '09:00', lastOpenedDay: localToday() }, status: 'ready', error: null }));
  afterEach(cleanup);

  const client = fakeClient({ 'companies.suggest': () => [] });
  const renderForm = (existing: Parameters<typeof ContactForm>[0]['contact'] = null) =>
    render(
      <ClientContext.Provider value={client}>
        <ContactForm kind="person" contact={existing} prefill={{}} onDone={() => undefined} />
      </ClientContext.Provider>,
    );
  const noteOf = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;

  it('shows under the field how the number was read with the default country', () => {
    renderForm();
    const phone = screen.getByLabelText(s.phone, { exact: true });
    fireEvent.change(phone, { target: { value: '06 12 34 56 78' } });
    expect(noteOf(phone)).toBe('Read as +33 6 12 34 56 78, France');
  });

  it('waits for the user to leave a short number before flagging it, and not as an error', () => {
    renderForm();
    const phone = screen.getByLabelText(s.phone, { exact: true });
    fireEvent.change(phone, { target: { value: '06 12 34' } });
    expect(noteOf(phone)).toBeUndefined();
    fireEvent.blur(phone);
    expect(noteOf(phone)).toBe(s.phoneTooShort('France'));
    expect(document.getElementById(phone.getAttribute('aria-describedby')!)!.className).toBe('field-warning');
    expect(phone.getAttribute('aria-invalid')).toBeNull();
  });

  it('flags a stored number that is not real for its country as soon as the editor opens', () => {
    useSettings.setState({ settings: { defaultCountry: 'US', countryConfirmed: true, language: 'system' as const, notificationTime: '09:00', lastOpenedDay: localToday() } });
    renderForm(contact({ phones: [{ label: 'mobile', value: '06 12 34 56 78', e164: '+10612345678' }] }));
    const phone = screen.getByLabelText(s.phone, { exact: true });
    expect(noteOf(phone)).toBe(s.phoneNotInUse('+1 0612345678', 'United States'));
  });
});
