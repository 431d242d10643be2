import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import type { CarnetEvent } from '../../shared/contract/events.ts';
import { CarnetError } from '../../shared/errors.ts';
import { saveContactPhoto } from '../../electron/core/contacts/contact-photo.ts';
import { purgeExpiredTrash } from '../../electron/core/trash/purge-expired.ts';
import { openTempCore } from '../helpers/temp-core.ts';
import { importText } from '../helpers/import-helpers.ts';

let core: Core;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => cleanup());

const sqlite = () => core.context.database.sqlite;
const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as CarnetError);

/** Every table that holds rows of a contact (a `contact_id` column), found from the schema so a new one is covered too. */
function tablesWithContactRows(): string[] {
  const tables = sqlite().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'contacts_fts%'").all() as { name: string }[];
  return tables.map((t) => t.name).filter((name) => (sqlite().prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).some((column) => column.name === 'contact_id'));
}

function rowsOf(contactId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of tablesWithContactRows()) counts[table] = (sqlite().prepare(`SELECT count(*) AS n FROM ${table} WHERE contact_id = ?`).get(contactId) as { n: number }).n;
  counts.contacts = (sqlite().prepare('SELECT count(*) AS n FROM contacts WHERE id = ?').get(contactId) as { n: number }).n;
  return counts;
}

const searchRows = (word: string) => (sqlite().prepare('SELECT count(*) AS n FROM contacts_fts WHERE contacts_fts MATCH ?').get(word) as { n: number }).n;

describe('the trash', () => {
  it('lists deleted contacts newest first with when, why and kind, and restores one as it was', async () => {
    const ada = await core.call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace', emails: [{ value: 'ada@example.com' }], phones: [{ value: '06 12 34 56 78' }], tags: ['VIP'] });
    const acme = await core.call('contacts.create', { kind: 'company', company: 'Acme' });
    await core.call('contacts.delete', { id: ada.id });
    await core.call('contacts.delete', { id: acme.id });

    const trash = await core.call('trash.list', {});
    expect(trash).toMatchObject({ total: 2, people: 1, companies: 1, retentionDays: 30 });
    expect(trash.items.map((item) => item.displayName)).toEqual(['Acme', 'Ada Lovelace']);
    expect(trash.items[1]).toMatchObject({ id: ada.id, kind: 'person', primaryEmail: 'ada@example.com', reason: 'deleted', batch: null });
    expect(Date.parse(trash.items[1]!.deletedAt)).toBeLessThanOrEqual(Date.parse(trash.items[0]!.deletedAt));
    expect(await core.call('trash.list', { offset: 1, limit: 1 })).toMatchObject({ total: 2, items: [{ id: ada.id }] });

    const events: CarnetEvent[] = [];
    core.onEvent((event) => events.push(event));
    expect(await core.call('trash.restore', { ids: [ada.id] })).toEqual({ restored: 1, people: 1, companies: 0 });
    expect(events).toContainEqual({ type: 'contacts.changed', ids: [ada.id] });
    // Back exactly as it was, found again by name and by phone digits.
    expect(await core.call('contacts.get', { id: ada.id })).toEqual(ada);
    expect((await core.call('contacts.list', { search: 'lovel' })).items.map((item) => item.id)).toEqual([ada.id]);
    expect((await core.call('contacts.list', { search: '0612' })).total).toBe(1);
    expect(await core.call('trash.list', {})).toMatchObject({ total: 1, people: 0, companies: 1 });
  });

  it('says which import put a contact there, restores all of one undone import, and they stay', async () => {
    const { summary } = await importText(core, 'First Name,Last Name,Company,Email\nAnn,Lee,Initech,ann@example.com\nBob,Stone,,bob@example.com\n', {}, 'people.csv');
    const undo = await core.call('import.undo', { batchId: summary.batchId! });
    // Two people and the company card the import created for Ann: counted apart.
    expect(undo).toMatchObject({ removed: 3, removedPeople: 2, removedCompanies: 1, reverted: 0 });

    const trash = await core.call('trash.list', {});
    expect(trash).toMatchObject({ total: 3, people: 2, companies: 1 });
    for (const item of trash.items) expect(item).toMatchObject({ reason: 'import_undone', batch: { id: summary.batchId, fileName: 'people.csv' } });
    expect(await core.call('trash.imports', {})).toEqual([expect.objectContaining({ id: summary.batchId, fileName: 'people.csv', people: 2, companies: 1 })]);
    expect(await core.call('trash.list', { batchId: summary.batchId })).toMatchObject({ total: 3 });

    expect(await core.call('trash.restore', { batchId: summary.batchId! })).toEqual({ restored: 3, people: 2, companies: 1 });
    expect(await core.call('trash.list', {})).toMatchObject({ total: 0, items: [] });
    expect(await core.call('trash.imports', {})).toEqual([]);
    const ann = (await core.call('contacts.list', { search: 'ann' })).items[0]!;
    expect(ann).toMatchObject({ displayName: 'Ann Lee', company: 'Initech' });
    // Linked to the card that came back with it, not to a new copy of it.
    const companies = await core.call('contacts.list', { kind: 'company' });
    expect(companies.items.map((item) => item.displayName)).toEqual(['Initech']);
    expect((await core.call('contacts.get', { id: ann.id })).companyId).toBe(companies.items[0]!.id);
    // The import stays undone: undoing it again cannot take the restored contacts away.
    expect(await errorOf(core.call('import.undo', { batchId: summary.batchId! }))).toMatchObject({ code: 'conflict' });
    expect((await core.call('contacts.list', {})).total).toBe(3);
  });

  it('tells a contact the user deleted from one an undone import removed', async () => {
    const { summary } = await importText(core, 'First Name,Last Name,Email\nAnn,Lee,ann@example.com\nBob,Stone,bob@example.com\n', {}, 'two.csv');
    const bob = (await core.call('contacts.list', { search: 'bob' })).items[0]!;
    await core.call('contacts.delete', { id: bob.id });
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later instant for the undo
    await core.call('import.undo', { batchId: summary.batchId! });
    const reasons = Object.fromEntries((await core.call('trash.list', {})).items.map((item) => [item.displayName, item.reason]));
    expect(reasons).toEqual({ 'Ann Lee': 'import_undone', 'Bob Stone': 'deleted' });
  });

  it('brings a person\'s company card back from the trash with them, never a second card', async () => {
    const ann = await core.call('contacts.create', { firstName: 'Ann', lastName: 'Lee', company: 'Initech' });
    await core.call('contacts.delete', { id: ann.id });
    await core.call('contacts.delete', { id: ann.companyId! });
    expect(await core.call('trash.restore', { ids: [ann.id] })).toEqual({ restored: 2, people: 1, companies: 1 });
    expect((await core.call('contacts.get', { id: ann.id })).companyId).toBe(ann.companyId);
    expect((await core.call('contacts.list', { kind: 'company' })).items.map((item) => item.id)).toEqual([ann.companyId]);

    // The Undo of a delete goes the same way.
    await core.call('contacts.delete', { id: ann.id });
    await core.call('contacts.delete', { id: ann.companyId! });
    await core.call('contacts.restore', { id: ann.id });
    expect((await core.call('contacts.list', {})).companies).toBe(1);
  });

  it('links a restored person to a live card of their company\'s name rather than reviving a duplicate', async () => {
    const ann = await core.call('contacts.create', { firstName: 'Ann', lastName: 'Lee', company: 'Initech' });
    await core.call('contacts.delete', { id: ann.id });
    await core.call('contacts.delete', { id: ann.companyId! });
    const newCard = await core.call('contacts.create', { kind: 'company', company: 'Initech Inc.' });
    expect(await core.call('trash.restore', { ids: [ann.id] })).toEqual({ restored: 1, people: 1, companies: 0 });
    expect((await core.call('contacts.get', { id: ann.id })).companyId).toBe(newCard.id);
    expect(await core.call('trash.list', {})).toMatchObject({ total: 1, items: [{ id: ann.companyId }] });
  });

  it('relinks a restored person whose company card was deleted for good', async () => {
    const ann = await core.call('contacts.create', { firstName: 'Ann', lastName: 'Lee', company: 'Initech' });
    await core.call('contacts.delete', { id: ann.id });
    await core.call('contacts.delete', { id: ann.companyId! });
    await core.call('trash.delete', { ids: [ann.companyId!] });
    await core.call('trash.restore', { ids: [ann.id] });
    const back = await core.call('contacts.get', { id: ann.id });
    expect(back.company).toBe('Initech');
    expect(back.companyId).not.toBeNull();
    expect(back.companyId).not.toBe(ann.companyId);
    expect((await core.call('contacts.list', { kind: 'company' })).items.map((item) => item.displayName)).toEqual(['Initech']);
  });

  it('deletes a contact forever with every row that belongs to it, in one go', async () => {
    const ann = await core.call('contacts.create', {
      firstName: 'Ann', lastName: 'Lee', company: 'Initech', title: 'Boss',
      emails: [{ value: 'ann@example.com' }], phones: [{ value: '06 12 34 56 78' }], addresses: [{ city: 'Lyon' }], websites: [{ value: 'https://ann.example' }],
      tags: ['only-ann', 'shared'], notes: 'zanzibar', customFields: [{ label: 'Shoe size', value: '38' }],
    });
    const bob = await core.call('contacts.create', { firstName: 'Bob', lastName: 'Stone', tags: ['shared'] });
    await saveContactPhoto(core.context.database.db, ann.id, { kind: 'data', mime: 'image/png', data: new Uint8Array([1, 2, 3]) });
    // An import that updated Ann remembers her in import_changes for its undo.
    await importText(core, 'First Name,Last Name,Email,Phone\nAnn,Lee,ann@example.com,+33 6 99 99 99 99\n');
    const before = rowsOf(ann.id);
    for (const table of ['contact_emails', 'contact_phones', 'contact_addresses', 'contact_websites', 'contact_tags', 'contact_custom_fields', 'contact_photos', 'import_changes']) {
      expect(before[table], table).toBeGreaterThan(0);
    }

    await core.call('contacts.delete', { id: ann.id });
    expect(await core.call('trash.delete', { ids: [ann.id] })).toEqual({ deleted: 1, people: 1, companies: 0 });
    expect(Object.values(rowsOf(ann.id)).every((n) => n === 0), JSON.stringify(rowsOf(ann.id))).toBe(true);
    expect(searchRows('zanzibar')).toBe(0);
    // Her own tag goes; the one Bob still has stays, and so does he, and the company card.
    const tags = (sqlite().prepare('SELECT name FROM tags ORDER BY name').all() as { name: string }[]).map((t) => t.name);
    expect(tags).toEqual(['shared']);
    expect((await core.call('contacts.get', { id: bob.id })).tags).toEqual(['shared']);
    await expect(core.call('contacts.get', { id: ann.companyId! })).resolves.toMatchObject({ displayName: 'Initech' });
    expect(await errorOf(core.call('contacts.restore', { id: ann.id }))).toMatchObject({ code: 'not_found' });
  });

  it('answers unknown ids, live contacts and bad input with a typed error and changes nothing', async () => {
    const live = await core.call('contacts.create', { firstName: 'Live', lastName: 'One' });
    const gone = await core.call('contacts.create', { firstName: 'Gone', lastName: 'One' });
    await core.call('contacts.delete', { id: gone.id });
    const cases: [string, unknown, string][] = [
      ['trash.restore', { ids: ['no-such-id'] }, 'not_found'],
      ['trash.restore', { ids: [gone.id, live.id] }, 'not_found'],
      ['trash.restore', { batchId: 'no-such-batch' }, 'not_found'],
      ['trash.delete', { ids: [live.id] }, 'not_found'],
      ['trash.delete', { ids: [gone.id, 'no-such-id'] }, 'not_found'],
      ['trash.list', { batchId: 'no-such-batch' }, 'not_found'],
      ['trash.restore', {}, 'invalid_input'],
      ['trash.restore', { ids: [gone.id], batchId: 'x' }, 'invalid_input'],
      ['trash.restore', { ids: [] }, 'invalid_input'],
      ['trash.delete', { ids: Array.from({ length: 1001 }, (_, i) => `id-${i}`) }, 'invalid_input'],
      ['trash.list', { limit: 0 }, 'invalid_input'],
    ];
    for (const [method, input, code] of cases) {
      const error = await errorOf(core.dispatch(method, input));
      expect(error, `${method} ${JSON.stringify(input).slice(0, 80)}`).toBeInstanceOf(CarnetError);
      expect(error!.code, `${method} ${JSON.stringify(input).slice(0, 80)}`).toBe(code);
    }
    expect((await errorOf(core.call('trash.delete', { ids: [live.id] })))!.message).toMatch(/No contact in the trash with id .*Nothing was changed/);
    await expect(core.call('contacts.get', { id: live.id })).resolves.toMatchObject({ displayName: 'Live One' });
    expect(await core.call('trash.list', {})).toMatchObject({ total: 1, items: [{ id: gone.id }] });
  });

  it('empties the trash and leaves live contacts alone', async () => {
    const keep = await core.call('contacts.create', { firstName: 'Keep', lastName: 'Me', company: 'Initech' });
    for (const name of ['One', 'Two', 'Three']) {
      const created = await core.call('contacts.create', { firstName: name, lastName: 'Trash', emails: [{ value: `${name}@example.com` }] });
      await core.call('contacts.delete', { id: created.id });
    }
    await core.call('contacts.delete', { id: keep.companyId! });
    expect(await core.call('trash.empty', {})).toEqual({ deleted: 4, people: 3, companies: 1 });
    expect(await core.call('trash.list', {})).toMatchObject({ total: 0, people: 0, companies: 0 });
    expect(await core.call('trash.empty', {})).toEqual({ deleted: 0, people: 0, companies: 0 });
    const kept = await core.call('contacts.get', { id: keep.id });
    // The person keeps the company's name; only the link to the deleted card is cleared.
    expect(kept).toMatchObject({ displayName: 'Keep Me', company: 'Initech', companyId: null });
    expect((sqlite().prepare('SELECT count(*) AS n FROM contact_emails').get() as { n: number }).n).toBe(0);
  });

  it('restores a big undone import with progress events, and Cancel rolls it back whole', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `Person${i},Many,p${i}@example.com`);
    const { summary } = await importText(core, `First Name,Last Name,Email\n${rows.join('\n')}\n`, {}, 'many.csv');
    await core.call('import.undo', { batchId: summary.batchId! });

    const progress: number[] = [];
    const stop = core.onEvent((event) => {
      if (event.type !== 'progress' || event.jobId !== 'job-1') return;
      progress.push(event.done);
      if (progress.length === 1) void core.call('trash.cancel', { jobId: 'job-1' });
    });
    expect(await errorOf(core.call('trash.restore', { batchId: summary.batchId!, jobId: 'job-1' }))).toMatchObject({ code: 'cancelled', message: expect.stringMatching(/nothing was restored/) });
    stop();
    expect(progress[0]).toBe(500);
    expect(await core.call('trash.list', {})).toMatchObject({ total: 1200 });
    expect((await core.call('contacts.list', {})).total).toBe(0);
    expect(searchRows('many')).toBe(0);
    expect(await core.call('trash.cancel', { jobId: 'job-1' })).toEqual({ cancelled: false });

    const events: CarnetEvent[] = [];
    core.onEvent((event) => events.push(event));
    expect(await core.call('trash.restore', { batchId: summary.batchId!, jobId: 'job-2' })).toEqual({ restored: 1200, people: 1200, companies: 0 });
    expect(events.filter((event) => event.type === 'progress').map((event) => event.type === 'progress' && event.done)).toEqual([500, 1000, 1200]);
    // Too many to name: the change event says "any contact may have changed".
    expect(events).toContainEqual({ type: 'contacts.changed', ids: [] });
    expect((await core.call('contacts.list', { search: 'many' })).total).toBe(1200);
  });

  it('purges what has been in the trash over 30 days through the same code, details included', async () => {
    const old = await core.call('contacts.create', { firstName: 'Ancient', lastName: 'Trash', emails: [{ value: 'old@example.com' }], tags: ['old-tag'] });
    const recent = await core.call('contacts.create', { firstName: 'Recent', lastName: 'Trash' });
    await core.call('contacts.delete', { id: old.id });
    await core.call('contacts.delete', { id: recent.id });
    sqlite().prepare('UPDATE contacts SET deleted_at = ? WHERE id = ?').run('2000-01-01T00:00:00.000Z', old.id);
    expect(await purgeExpiredTrash(core.context)).toBe(1);
    expect(Object.values(rowsOf(old.id)).every((n) => n === 0)).toBe(true);
    expect(sqlite().prepare("SELECT count(*) AS n FROM tags WHERE name = 'old-tag'").get()).toEqual({ n: 0 });
    expect(await core.call('trash.list', {})).toMatchObject({ total: 1, items: [{ id: recent.id }] });
  });
});
