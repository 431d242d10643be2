import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import type { CarnetEvent } from '../../shared/contract/events.ts';
import { importText } from '../helpers/import-helpers.ts';
import { loadSettings } from '../../electron/core/settings/settings-store.ts';
import { openTempCore } from '../helpers/temp-core.ts';

let core: Core;
let cleanup: () => Promise<void>;

/** The en-US system in a French shop: the database starts with the US as its default country. */
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore({ locale: 'en-US' }));
});
afterEach(async () => cleanup());

const e164s = async (id: string) => (await core.call('contacts.get', { id })).phones.map((phone) => phone.e164);

describe('choosing the default country after contacts exist', () => {
  it('reads again the numbers that were not real numbers where they were read, and keeps the rest', async () => {
    expect(await core.call('settings.get', {})).toEqual({ defaultCountry: 'US', countryConfirmed: false, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null });
    const typedInShop = await core.call('contacts.create', { firstName: 'Léa', phones: [{ value: '06 12 34 56 78' }, { value: '(415) 555-2671' }, { value: '+44 20 7946 0018' }] });
    expect(await e164s(typedInShop.id)).toEqual(['+10612345678', '+14155552671', '+442079460018']);

    const events: CarnetEvent[] = [];
    core.onEvent((event) => events.push(event));
    const saved = await core.call('settings.update', { defaultCountry: 'FR' });
    expect(saved).toEqual({ defaultCountry: 'FR', countryConfirmed: true, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null, phonesReread: 1 });
    // The French mobile becomes French; the valid US number and the international one stay.
    expect(await e164s(typedInShop.id)).toEqual(['+33612345678', '+14155552671', '+442079460018']);
    const contact = await core.call('contacts.get', { id: typedInShop.id });
    expect(contact.phones.map((phone) => phone.value)).toEqual(['06 12 34 56 78', '(415) 555-2671', '+44 20 7946 0018']); // as typed
    expect(contact.updatedAt).toBe(typedInShop.updatedAt);
    expect(events).toContainEqual({ type: 'contacts.changed', ids: [typedInShop.id] });

    // Search and import now see the same mobile.
    expect((await core.call('contacts.list', { search: '+33 6 12 34 56 78' })).items.map((item) => item.id)).toEqual([typedInShop.id]);
    const { summary } = await importText(core, 'First Name,Mobile Phone\nLéa,+33 6 12 34 56 78\n');
    expect(summary).toMatchObject({ created: 0 });
    expect((await core.call('contacts.list', { kind: 'person' })).total).toBe(1);
  });

  it('leaves numbers that are real where they were read, even when the new country could read them too', async () => {
    await core.call('settings.update', { defaultCountry: 'FR' });
    const french = await core.call('contacts.create', { firstName: 'Jean', phones: [{ value: '06 12 34 56 78' }, { value: '12' }] });
    const moved = await core.call('settings.update', { defaultCountry: 'DE' }); // "0612345678" is a valid German number too
    expect(moved.phonesReread).toBe(0);
    expect(await e164s(french.id)).toEqual(['+33612345678', null]);
  });

  it('re-reads nothing when only the confirmation changes, or the same country is chosen again', async () => {
    const contact = await core.call('contacts.create', { firstName: 'Léa', phones: [{ value: '06 12 34 56 78' }] });
    expect((await core.call('settings.update', { countryConfirmed: true })).phonesReread).toBe(0);
    expect((await core.call('settings.update', { defaultCountry: 'US' })).phonesReread).toBe(0);
    expect(await e164s(contact.id)).toEqual(['+10612345678']);
  });

  it('re-reads trashed contacts too, so Undo brings them back right, and gives them no search row', async () => {
    const contact = await core.call('contacts.create', { firstName: 'Léa', phones: [{ value: '06 12 34 56 78' }] });
    await core.call('contacts.delete', { id: contact.id });
    expect((await core.call('settings.update', { defaultCountry: 'FR' })).phonesReread).toBe(1);
    expect((await core.call('contacts.list', { search: '0612' })).total).toBe(0);
    await core.call('contacts.restore', { id: contact.id });
    expect((await core.call('contacts.get', { id: contact.id })).phones[0]!.e164).toBe('+33612345678');
    expect((await core.call('contacts.list', { search: '+33 6 12 34' })).total).toBe(1);
  });

  it('changes nothing when the new country is refused', async () => {
    const contact = await core.call('contacts.create', { firstName: 'Léa', phones: [{ value: '06 12 34 56 78' }] });
    await expect(core.call('settings.update', { defaultCountry: 'France' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await core.call('settings.get', {})).toEqual({ defaultCountry: 'US', countryConfirmed: false, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null });
    expect(await e164s(contact.id)).toEqual(['+10612345678']);
  });

  it('reads each stored setting on its own: a damaged one falls back alone', async () => {
    await core.call('settings.update', { defaultCountry: 'FR' });
    const { db, sqlite } = core.context.database;
    sqlite.prepare("UPDATE settings SET value = '\"maybe\"' WHERE key = 'countryConfirmed'").run();
    sqlite.prepare("INSERT INTO settings (key, value) VALUES ('somethingFromTheFuture', '1')").run();
    expect(await loadSettings(db)).toEqual({ defaultCountry: 'FR', countryConfirmed: false, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null });
    sqlite.prepare("UPDATE settings SET value = '{not json' WHERE key = 'defaultCountry'").run();
    expect(await loadSettings(db)).toEqual({ defaultCountry: 'US', countryConfirmed: false, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null });
  });
});
