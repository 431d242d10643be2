import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { purgeExpiredTrash } from '../../electron/core/trash/purge-expired.ts';
import { addInteraction, addTask, lastContacted, trashState } from '../helpers/crm-rows.ts';
import { openTempCore } from '../helpers/temp-core.ts';
import { importText } from '../helpers/import-helpers.ts';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ core, cleanup } = await openTempCore()));
afterEach(async () => cleanup());

const sqlite = () => core.context.database.sqlite;
const person = (firstName: string) => core.call('contacts.create', { firstName, lastName: 'Test' });
const count = (sql: string, ...params: unknown[]) => (sqlite().prepare(sql).get(...params) as { n: number }).n;
/** Waits a millisecond so two deletions get different stamps, as two clicks by a person do. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

describe('interactions and tasks follow their contact to the trash and back', () => {
  it('trashes a contact’s tasks and its own interactions with it; a shared one stays on the other person; Undo brings back exactly those', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const own = await addInteraction(core, [ann.id], { occurred_at: '2026-11-01T09:00:00.000Z' });
    const shared = await addInteraction(core, [ann.id, bob.id], { type: 'meeting', direction: null, occurred_at: '2026-11-15T09:00:00.000Z' });
    const annTask = await addTask(core, ann.id);
    const bobTask = await addTask(core, bob.id);
    const loose = await addTask(core, null);
    // Deleted by the user earlier, on its own: restoring Ann must not bring it back.
    const deletedBefore = await addInteraction(core, [ann.id], { deleted_at: '2026-11-30T00:00:00.000Z' });
    expect(lastContacted(core, bob.id)).toBe('2026-11-15T09:00:00.000Z');

    await core.call('contacts.delete', { id: ann.id });
    const stamp = (sqlite().prepare('SELECT deleted_at AS d FROM contacts WHERE id = ?').get(ann.id) as { d: string }).d;
    expect(trashState(core)).toEqual({
      interactions: { [own]: stamp, [shared]: null, [deletedBefore]: '2026-11-30T00:00:00.000Z' },
      tasks: { [annTask]: stamp, [bobTask]: null, [loose]: null },
    });
    // Ann's link to the meeting stays, so her restore shows it again; Bob still has it.
    expect(count('SELECT count(*) AS n FROM interaction_contacts WHERE interaction_id = ?', shared)).toBe(2);
    expect(lastContacted(core, bob.id)).toBe('2026-11-15T09:00:00.000Z');

    await core.call('contacts.restore', { id: ann.id });
    expect(trashState(core)).toEqual({
      interactions: { [own]: null, [shared]: null, [deletedBefore]: '2026-11-30T00:00:00.000Z' },
      tasks: { [annTask]: null, [bobTask]: null, [loose]: null },
    });
    expect(lastContacted(core, ann.id)).toBe('2026-11-15T09:00:00.000Z');
  });

  it('trashes a shared interaction with the last person it involves, and restoring any of them brings it back', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const meeting = await addInteraction(core, [ann.id, bob.id], { type: 'meeting', direction: null });
    await core.call('contacts.delete', { id: bob.id });
    expect(trashState(core).interactions[meeting]).toBeNull();
    await tick();
    await core.call('contacts.delete', { id: ann.id });
    expect(trashState(core).interactions[meeting]).not.toBeNull();

    // Bob comes back first (through the Trash): the meeting is on his timeline again.
    await core.call('trash.restore', { ids: [bob.id] });
    expect(trashState(core).interactions[meeting]).toBeNull();
    expect(lastContacted(core, bob.id)).toBe('2026-11-20T10:00:00.000Z');
  });

  it('deleting for good removes tasks and links, deletes interactions left with nobody, and keeps shared ones restorable', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const cy = await person('Cy');
    const own = await addInteraction(core, [ann.id]);
    const withBob = await addInteraction(core, [ann.id, bob.id], { occurred_at: '2026-11-25T10:00:00.000Z' });
    const withCy = await addInteraction(core, [ann.id, cy.id], { subject: 'Kitchen plans' });
    await addTask(core, ann.id);
    await core.call('contacts.delete', { id: cy.id });
    await tick();
    await core.call('contacts.delete', { id: ann.id });
    // Cy and Ann are both in the trash: the meeting with Cy went with Ann (the last one live).
    expect(trashState(core).interactions[withCy]).not.toBeNull();

    await core.call('trash.delete', { ids: [ann.id] });
    expect(Object.keys(trashState(core).interactions).sort()).toEqual([withBob, withCy].sort());
    expect(trashState(core).tasks).toEqual({});
    expect(count('SELECT count(*) AS n FROM interaction_contacts WHERE contact_id = ?', ann.id)).toBe(0);
    expect(count("SELECT count(*) AS n FROM interactions_fts WHERE interactions_fts MATCH 'quote'")).toBe(1);
    // Bob keeps his call and his last contact; Cy, restored, gets the meeting Ann had taken along.
    expect(lastContacted(core, bob.id)).toBe('2026-11-25T10:00:00.000Z');
    await core.call('trash.restore', { ids: [cy.id] });
    expect(trashState(core).interactions[withCy]).toBeNull();
    expect(lastContacted(core, cy.id)).toBe('2026-11-20T10:00:00.000Z');

    // Emptying the trash with Cy deleted again leaves no interaction involving nobody, nor its search row.
    await core.call('contacts.delete', { id: cy.id });
    await core.call('trash.empty', {});
    expect(Object.keys(trashState(core).interactions)).toEqual([withBob]);
    expect(count("SELECT count(*) AS n FROM interactions_fts WHERE interactions_fts MATCH 'kitchen'")).toBe(0);
    expect(own).toBeTruthy();
  });

  it('the purge after 30 days also removes interactions and tasks deleted on their own, and only those that old', async () => {
    const ann = await person('Ann');
    const old = await addInteraction(core, [ann.id], { deleted_at: '2026-01-01T00:00:00.000Z' });
    const recent = await addTask(core, ann.id, { deleted_at: '2026-12-01T00:00:00.000Z' });
    const live = await addTask(core, ann.id);
    await purgeExpiredTrash(core.context, new Date('2026-12-05T00:00:00.000Z'));
    expect(trashState(core).interactions).toEqual({});
    expect(Object.keys(trashState(core).tasks).sort()).toEqual([recent, live].sort());
    expect(old).toBeTruthy();
  });

  it('undoing an import trashes what it created with the contacts, and the Trash’s restore of the batch brings them back', async () => {
    const kept = await person('Kept');
    const { summary } = await importText(core, 'First Name,Last Name,Email\nAnn,Lee,ann@example.com\n', {}, 'people.csv');
    const ann = (await core.call('contacts.list', { search: 'ann' })).items[0]!;
    const theirs = await addInteraction(core, [ann.id, kept.id], { occurred_at: '2026-11-21T10:00:00.000Z' });
    const annTask = await addTask(core, ann.id);
    // Something the import itself added to a contact that was there before it.
    const byImport = await addInteraction(core, [kept.id], { import_batch_id: summary.batchId, occurred_at: '2026-11-22T10:00:00.000Z' });
    expect(lastContacted(core, kept.id)).toBe('2026-11-22T10:00:00.000Z');

    // Counted: the import's own interaction and Ann's task (the meeting stays with Kept).
    expect(await core.call('import.undo', { batchId: summary.batchId! })).toMatchObject({ removed: 1, removedInteractions: 1, removedTasks: 1 });
    const state = trashState(core);
    // The meeting with Kept stays on Kept; the import's own interaction goes; Ann's task goes with her.
    expect(state.interactions[theirs]).toBeNull();
    expect(state.interactions[byImport]).not.toBeNull();
    expect(state.tasks[annTask]).not.toBeNull();
    expect(lastContacted(core, kept.id)).toBe('2026-11-21T10:00:00.000Z');

    await core.call('trash.restore', { batchId: summary.batchId! });
    expect(trashState(core).tasks[annTask]).toBeNull();
    // The import stays undone: what it added to Kept stays in the trash.
    expect(trashState(core).interactions[byImport]).not.toBeNull();
  });
});
