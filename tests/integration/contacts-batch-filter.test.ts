import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { openTempCore } from '../helpers/temp-core.ts';
import { importText } from '../helpers/import-helpers.ts';

let core: Core;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => cleanup());

const names = (list: { items: { displayName: string }[] }) => list.items.map((item) => item.displayName);

describe('the contact list of one import ("Show these contacts")', () => {
  it('lists what an import created and what it updated, nothing else, with people and companies counted apart', async () => {
    await core.call('contacts.create', { firstName: 'Untouched', lastName: 'Person' });
    await core.call('contacts.create', { firstName: 'Bob', lastName: 'Stone', emails: [{ value: 'bob@example.com' }] });
    const { summary } = await importText(core, 'First Name,Last Name,Company,Email,Phone\nAnn,Lee,Initech,ann@example.com,\nBob,Stone,,bob@example.com,06 12 34 56 78\n', {}, 'people.csv');
    expect(summary).toMatchObject({ created: 1, updated: 1 });

    const list = await core.call('contacts.list', { batchId: summary.batchId });
    expect(names(list)).toEqual(['Ann Lee', 'Bob Stone', 'Initech']);
    expect(list).toMatchObject({ total: 3, people: 2, companies: 1 });
    // Filters combine: a search, a kind.
    expect(names(await core.call('contacts.list', { batchId: summary.batchId, search: 'ann' }))).toEqual(['Ann Lee']);
    expect(await core.call('contacts.list', { batchId: summary.batchId, kind: 'company' })).toMatchObject({ total: 1, people: 0, companies: 1 });
    expect(await core.call('contacts.list', { batchId: summary.batchId, offset: 2, limit: 1 })).toMatchObject({ total: 3, items: [{ displayName: 'Initech' }] });

    // The whole list counts people and companies apart too; a search counts its matches only.
    expect(await core.call('contacts.list', {})).toMatchObject({ total: 4, people: 3, companies: 1 });
    expect(await core.call('contacts.list', { search: 'initech' })).toMatchObject({ total: 2, people: null, companies: null });
    expect(await core.call('contacts.list', { search: 'initech', kind: 'company' })).toMatchObject({ total: 1, people: 0, companies: 1 });

    // A contact of the batch deleted later is not shown; after the undo only what it updated remains (reverted).
    await core.call('import.undo', { batchId: summary.batchId! });
    expect(names(await core.call('contacts.list', { batchId: summary.batchId }))).toEqual(['Bob Stone']);
  });

  it('refuses an import that does not exist', async () => {
    await expect(core.call('contacts.list', { batchId: 'no-such-batch' })).rejects.toMatchObject({ code: 'not_found', message: expect.stringMatching(/No import with id no-such-batch/) });
  });

  it('pages a big import (past the few-matches plan, walking the name index) in name order', async () => {
    const rows = Array.from({ length: 3200 }, (_, i) => `Person${String(i).padStart(4, '0')},Batch,p${i}@example.com`);
    const { summary } = await importText(core, `First Name,Last Name,Email\n${rows.join('\n')}\n`, {}, 'big.csv');
    await core.call('contacts.create', { firstName: 'Aaron', lastName: 'Outside' });
    const first = await core.call('contacts.list', { batchId: summary.batchId, limit: 2 });
    expect(first).toMatchObject({ total: 3200, people: 3200, companies: 0 });
    expect(names(first)).toEqual(['Person0000 Batch', 'Person0001 Batch']);
    expect(names(await core.call('contacts.list', { batchId: summary.batchId, offset: 3199, limit: 5 }))).toEqual(['Person3199 Batch']);
  });
});
