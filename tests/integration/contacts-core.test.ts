import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { CarnetError } from '../../shared/errors.ts';
import { openTempCore } from '../helpers/temp-core.ts';

let core: Core;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => cleanup());

const francois = {
  firstName: 'François',
  lastName: 'Lefèvre',
  company: 'Boulangerie Lefèvre',
  title: 'Gérant',
  emails: [{ label: 'work', value: 'francois@lefevre.fr' }],
  phones: [{ label: 'mobile', value: '06 12 34 56 78' }],
  birthday: '--04-12',
  tags: ['VIP', 'bakery'],
  notes: 'Prefers calls in the morning',
};

describe('contacts in the core', () => {
  it('creates a contact with E.164 phones, a linked company and tags', async () => {
    const created = await core.call('contacts.create', francois);
    expect(created.displayName).toBe('François Lefèvre');
    expect(created.phones[0]).toEqual({ label: 'mobile', value: '06 12 34 56 78', e164: '+33612345678' });
    expect(created.companyId).toBeTruthy();
    expect(created.tags).toEqual(['VIP', 'bakery']);
    const company = await core.call('contacts.get', { id: created.companyId! });
    expect(company.kind).toBe('company');
    expect(company.displayName).toBe('Boulangerie Lefèvre');
  });

  it('finds contacts by accent-free prefixes of names, company, email, phone and notes', async () => {
    const created = await core.call('contacts.create', francois);
    await core.call('contacts.create', { firstName: 'Ana', lastName: 'Pérez', emails: [{ value: 'ana@example.es' }] });
    for (const query of ['franc', 'lefev', 'FRANÇ lef', 'boulang', 'francois@lef', '0612', '33612', 'morning']) {
      const result = await core.call('contacts.list', { search: query });
      expect(result.items.map((item) => item.id), query).toContain(created.id);
    }
    const none = await core.call('contacts.list', { search: 'zzz' });
    expect(none.total).toBe(0);
  });

  it('treats FTS syntax in the search box as plain text', async () => {
    await core.call('contacts.create', francois);
    for (const query of ['"', 'AND', 'NEAR(', 'a:b', '*', '-', '()']) {
      await expect(core.call('contacts.list', { search: query })).resolves.toBeDefined();
    }
  });

  it('lists people and companies sorted by name with a total', async () => {
    await core.call('contacts.create', { firstName: 'Zoé', lastName: 'Martin' });
    await core.call('contacts.create', { firstName: 'Émile', lastName: 'Zola' });
    await core.call('contacts.create', { kind: 'company', company: 'Acme' });
    const list = await core.call('contacts.list', {});
    expect(list.items.map((item) => item.displayName)).toEqual(['Acme', 'Émile Zola', 'Zoé Martin']);
    expect(list.total).toBe(3);
    const companies = await core.call('contacts.list', { kind: 'company' });
    expect(companies.items.map((item) => item.displayName)).toEqual(['Acme']);
  });

  it('matches an existing company by normalized name', async () => {
    const a = await core.call('contacts.create', { firstName: 'A', company: 'IBM Corp.' });
    const b = await core.call('contacts.create', { firstName: 'B', company: 'I.B.M.' });
    expect(b.companyId).toBe(a.companyId);
    const suggestions = await core.call('companies.suggest', { search: 'ib' });
    expect(suggestions).toHaveLength(1);
  });

  it('updates a contact and keeps the search index in step', async () => {
    const created = await core.call('contacts.create', francois);
    const updated = await core.call('contacts.update', { id: created.id, fields: { ...francois, lastName: 'Dupont', company: 'Dupont SA', phones: [{ label: 'work', value: '+44 20 7946 0958' }] } });
    expect(updated.lastName).toBe('Dupont');
    expect(updated.phones[0]!.e164).toBe('+442079460958');
    expect((await core.call('contacts.list', { search: 'boulangerie' })).items.map((i) => i.id)).not.toContain(created.id);
    expect((await core.call('contacts.list', { search: 'dupont' })).items.map((i) => i.id)).toContain(created.id);
  });

  it('deletes to the trash and restores (undo)', async () => {
    const created = await core.call('contacts.create', francois);
    await core.call('contacts.delete', { id: created.id });
    await expect(core.call('contacts.get', { id: created.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await core.call('contacts.list', { search: 'francois' })).total).toBe(0);
    const restored = await core.call('contacts.restore', { id: created.id });
    expect(restored).toMatchObject({ firstName: 'François', emails: francois.emails, tags: francois.tags, birthday: '--04-12' });
    expect((await core.call('contacts.list', { search: 'francois' })).total).toBe(1);
  });

  it('rejects invalid input with a typed error and writes nothing', async () => {
    const bad: unknown[] = [
      { firstName: 'X', emails: [{ value: 'not-an-email' }] },
      { firstName: 'X', birthday: '1990-02-30' },
      { firstName: 'X', phones: [{ value: 'call me' }] },
      {},
      { firstName: 42 },
      'a string',
      { firstName: 'X', kind: 'robot' },
    ];
    for (const input of bad) {
      const error = await core.dispatch('contacts.create', input).catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toBeInstanceOf(CarnetError);
      expect((error as CarnetError).code).toBe('invalid_input');
    }
    await expect(core.dispatch('contacts.nope', {})).rejects.toMatchObject({ code: 'unknown_method' });
    await expect(core.dispatch('contacts.update', { id: 'missing', fields: { firstName: 'A' } })).rejects.toMatchObject({ code: 'not_found' });
    expect((await core.call('contacts.list', {})).total).toBe(0);
  });

  it('emits a change event on writes', async () => {
    const events: unknown[] = [];
    core.onEvent((event) => events.push(event));
    const created = await core.call('contacts.create', { firstName: 'Ev' });
    expect(events).toContainEqual({ type: 'contacts.changed', ids: [created.id] });
  });

  it('uses the OS locale for the default phone country and lets the user change it', async () => {
    expect(await core.call('settings.get', {})).toEqual({ defaultCountry: 'FR', countryConfirmed: false, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null });
    expect(await core.call('settings.update', { defaultCountry: 'de' })).toEqual({ defaultCountry: 'DE', countryConfirmed: true, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null, phonesReread: 0 });
    const created = await core.call('contacts.create', { firstName: 'Hans', phones: [{ value: '030 123456' }] });
    expect(created.phones[0]!.e164).toBe('+4930123456');
  });
});

describe('trash retention', () => {
  it('purges contacts trashed more than 30 days ago, with their search rows', async () => {
    const { purgeExpiredTrash } = await import('../../electron/core/trash/purge-expired.ts');
    const kept = await core.call('contacts.create', { firstName: 'Recent', lastName: 'Trash' });
    const old = await core.call('contacts.create', { firstName: 'Ancient', lastName: 'Trash' });
    await core.call('contacts.delete', { id: kept.id });
    await core.call('contacts.delete', { id: old.id });
    const { sqlite } = core.context.database;
    sqlite.prepare('UPDATE contacts SET deleted_at = ? WHERE id = ?').run('2000-01-01T00:00:00.000Z', old.id);
    expect(await purgeExpiredTrash(core.context)).toBe(1);
    await expect(core.call('contacts.restore', { id: old.id })).rejects.toMatchObject({ code: 'not_found' });
    await core.call('contacts.restore', { id: kept.id });
    expect((await core.call('contacts.list', { search: 'trash' })).total).toBe(1);
  });

  it('never leaves a search row behind a contact deleted for good', async () => {
    const created = await core.call('contacts.create', { firstName: 'Gone', lastName: 'Forever' });
    core.context.database.sqlite.prepare('DELETE FROM contacts WHERE id = ?').run(created.id);
    const orphans = core.context.database.sqlite.prepare("SELECT count(*) AS n FROM contacts_fts WHERE contacts_fts MATCH 'forever'").get() as { n: number };
    expect(orphans.n).toBe(0);
    expect((await core.call('contacts.list', { search: 'forever' })).total).toBe(0);
  });
});

describe('birthdays and company filters', () => {
  it('finds birthdays in a window, across the new year, with and without a year', async () => {
    const make = (firstName: string, birthday: string) => core.call('contacts.create', { firstName, birthday });
    await make('Dec', '1980-12-30');
    await make('Jan', '--01-02');
    await make('Leap', '1992-02-29');
    await make('March', '--03-01');
    await make('Far', '--06-15');
    const gone = await make('Gone', '--12-31');
    await core.call('contacts.delete', { id: gone.id });
    const winter = await core.call('contacts.birthdays', { from: '12-28', days: 7 });
    expect(winter.map((b) => b.displayName)).toEqual(['Dec', 'Jan']);
    const spring = await core.call('contacts.birthdays', { from: '02-27', days: 3 });
    expect(spring.map((b) => b.displayName)).toEqual(['Leap']);
    const wide = await core.call('contacts.birthdays', { from: '01-01', days: 366 });
    expect(wide.map((b) => b.displayName).sort()).toEqual(['Dec', 'Jan', 'Far', 'Leap', 'March'].sort());
    for (const from of ['2024-01-01', '99-99', '13-01', '00-10', '02-32']) {
      await expect(core.dispatch('contacts.birthdays', { from }), from).rejects.toMatchObject({ code: 'invalid_input' });
    }
  });

  it('lists the people of one company card, and filters by kind', async () => {
    const a = await core.call('contacts.create', { firstName: 'Ann', company: 'Acme' });
    await core.call('contacts.create', { firstName: 'Bob', company: 'ACME Inc.' });
    await core.call('contacts.create', { firstName: 'Cid', company: 'Other' });
    const people = await core.call('contacts.list', { companyId: a.companyId!, kind: 'person' });
    expect(people.items.map((p) => p.displayName)).toEqual(['Ann', 'Bob']);
    expect(people.total).toBe(2);
    const companies = await core.call('contacts.list', { kind: 'company' });
    expect(companies.items.map((p) => p.displayName)).toEqual(['Acme', 'Other']);
    const searchPeople = await core.call('contacts.list', { kind: 'person', search: 'acme' });
    expect(searchPeople.items.map((p) => p.displayName)).toEqual(['Ann', 'Bob']);
  });
});

describe('photos in the list', () => {
  it('flags rows that have a stored image, not those with only a photo URL', async () => {
    const { saveContactPhoto } = await import('../../electron/core/contacts/contact-photo.ts');
    const withImage = await core.call('contacts.create', { firstName: 'Pic' });
    const withUrl = await core.call('contacts.create', { firstName: 'Url' });
    await core.call('contacts.create', { firstName: 'None' });
    await saveContactPhoto(core.context.database.db, withImage.id, { kind: 'data', mime: 'image/png', data: new Uint8Array([137, 80, 78, 71]) });
    await saveContactPhoto(core.context.database.db, withUrl.id, { kind: 'url', url: 'https://example.com/p.jpg' });
    const list = await core.call('contacts.list', {});
    expect(Object.fromEntries(list.items.map((i) => [i.displayName, i.hasPhoto]))).toEqual({ None: false, Pic: true, Url: false });
  });
});
