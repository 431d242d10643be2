import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localDateOf } from '../../shared/domain/local-date.ts';
import type { Core } from '../../electron/core/core.ts';
import { buildJsonExport, type CarnetJsonExport } from '../../electron/core/export/json-export.ts';
import type { CarnetError } from '../../shared/errors.ts';
import { exportedData, seedContacts } from '../helpers/backup-fixtures.ts';
import { addInteraction, addTask, lastContacted, trashState } from '../helpers/crm-rows.ts';
import { analyzeBytes, importText } from '../helpers/import-helpers.ts';
import { runCarnet } from '../helpers/run-cli.ts';
import { ImportService } from '../../electron/core/import/import-service.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempCore(): Promise<Core> {
  const opened = await openTempCore();
  cleanups.push(opened.cleanup);
  return opened.core;
}

/** A source Carnet with people, companies, a shared meeting, a note, a trashed person and tasks (one repeating, one done). */
async function seededSource(): Promise<{ core: Core; ids: Record<string, string> }> {
  const core = await tempCore();
  await seedContacts(core);
  const people = (await core.call('contacts.list', { kind: 'person' })).items;
  const byName = (name: string) => people.find((item) => item.displayName.startsWith(name))!.id;
  const ana = byName('Ana');
  const francois = byName('François');
  const gone = await core.call('contacts.create', { firstName: 'Gone', lastName: 'Away' });
  const meeting = await addInteraction(core, [ana, francois], { type: 'meeting', direction: null, subject: 'Croissant order', body: 'Twelve dozen\nevery Friday', minutes: 45 });
  const note = await addInteraction(core, [ana], { type: 'note', direction: null, occurred_at: '2026-11-25T08:00:00.000Z', subject: 'Likes jazz' });
  await addInteraction(core, [gone.id], { subject: 'Only with Gone' });
  const repeating = await addTask(core, ana, { title: 'Call about the order', repeat: 'FREQ=WEEKLY;INTERVAL=2', due_time: '09:30' });
  await addTask(core, francois, { title: 'Deliver', done_at: '2026-11-28T16:00:00.000Z', repeat_of: 'earlier-task' });
  await addTask(core, null, { title: 'Order flour', due_date: null });
  await addTask(core, gone.id, { title: 'Trashed with Gone' });
  core.context.database.sqlite.prepare("UPDATE contacts SET keep_in_touch = '1m', keep_in_touch_since = '2026-10-01' WHERE id = ?").run(ana);
  // Purchases (version 3): two currencies, a decimal quantity, a merged product, one deleted on its own, one trashed with Gone.
  const bread = { item: 'Pain de campagne', quantity: '1,5', unitPrice: 420 };
  const first = await core.call('purchases.add', { contactId: ana, purchasedOn: '2026-10-02', currency: 'EUR', lines: [bread, { item: 'Croissant', quantity: 12, unitPrice: 110 }], reference: 'T-0001', note: 'Friday order' });
  await core.call('purchases.add', { contactId: ana, purchasedOn: '2026-11-02', currency: 'EUR', lines: [{ item: 'croissants', quantity: 6, unitPrice: 115 }], paymentStatus: 'unpaid' });
  await core.call('purchases.add', { contactId: francois, purchasedOn: '2026-11-03', currency: 'JPY', lines: [{ item: 'Matcha', quantity: 1, unitPrice: 1800 }] });
  const deleted = await core.call('purchases.add', { contactId: francois, purchasedOn: '2026-11-04', currency: 'EUR', lines: [bread] });
  await core.call('purchases.delete', { id: deleted.id });
  await core.call('purchases.add', { contactId: gone.id, purchasedOn: '2026-11-05', currency: 'EUR', lines: [bread] });
  const products = (await core.call('products.list', {})).products;
  const named = (name: string) => products.find((product) => product.name === name)!.id;
  await core.call('products.merge', { ids: [named('croissants')], intoId: named('Croissant') });
  await core.call('contacts.delete', { id: gone.id });
  return { core, ids: { ana, francois, meeting, note, repeating, purchase: first.id } };
}

async function exportText(core: Core): Promise<string> {
  return JSON.stringify(await buildJsonExport(core.context), null, 2) + '\n';
}

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as CarnetError);
const rowCount = (core: Core, table: string) => (core.context.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('Carnet imports its own JSON export', () => {
  it('export, import into an empty data folder, export again: the same document apart from exportedAt', async () => {
    const { core: source, ids } = await seededSource();
    const file = await exportText(source);
    const exported = JSON.parse(file) as CarnetJsonExport;
    expect(exported.interactions).toHaveLength(2); // the one with Gone only went to the trash with him
    expect(exported.tasks).toHaveLength(3);
    expect(exported.version).toBe(3);
    expect(exported.purchases).toHaveLength(3); // not the one deleted on its own, nor Gone's
    expect(exported.products.map((product) => `${product.name}${product.mergedInto ? ' (merged)' : ''}`).sort()).toEqual(['Croissant', 'Matcha', 'Pain de campagne', 'croissants (merged)']);

    const target = await tempCore();
    const analyzed = await analyzeBytes(target, file, 'carnet-contacts.json');
    expect(analyzed).toMatchObject({ format: 'carnet-json', formatLabel: 'Carnet JSON export', recordCount: 6 });
    expect(analyzed.notes[0]?.text).toMatch(/^Carnet export \(version 3\) made .*: 3 people, 3 companies, 2 interactions, 3 tasks\.$/);
    const preview = await target.call('import.preview', { sourceId: analyzed.sourceId });
    expect(preview.counts).toMatchObject({ new: 6, error: 0 });
    expect(preview.related).toEqual({ interactions: { added: 2, already: 0, skipped: 0 }, tasks: { added: 3, already: 0, skipped: 0 }, purchases: { added: 3, already: 0, skipped: 0 } });
    const summary = await target.call('import.commit', { sourceId: analyzed.sourceId });
    expect(summary).toMatchObject({ created: 3, createdCompanies: 3, errors: [] });
    expect(summary.related).toEqual(preview.related);

    expect(await exportedData(target)).toEqual(await exportedData(source));
    // Ids kept; last contacted worked out from the interactions; searchable.
    expect((await target.call('contacts.get', { id: ids.ana! })).displayName).toBe('Ana Pérez');
    expect(lastContacted(target, ids.ana!)).toBe(lastContacted(source, ids.ana!));
    expect(await target.call('purchases.get', { id: ids.purchase! })).toEqual({ ...(await source.call('purchases.get', { id: ids.purchase! })), importBatchId: summary.batchId });
    expect(await target.call('purchases.stats', { contactId: ids.ana! })).toEqual(await source.call('purchases.stats', { contactId: ids.ana! }));
    // Typing a merged product's name finds the product it was merged into, there too.
    expect((await target.call('products.suggest', { prefix: 'croi' })).map((product) => product.name)).toEqual(['Croissant']);
    expect(target.context.database.sqlite.prepare("SELECT count(*) AS n FROM interactions_fts WHERE interactions_fts MATCH 'dozen'").get()).toEqual({ n: 1 });
    // The shop takes the purchases' currency (the counter form does not ask again), and the
    // customers have their RFM scores now, not at the next daily run.
    expect(target.context.settings().shopCurrency).toBe('EUR');
    const targetRfm = await target.call('reports.rfmOf', { id: ids.ana! });
    expect(targetRfm).not.toBeNull();
    await source.call('reports.recomputeRfm', { today: localDateOf(new Date()) });
    const { computedAt: _source, ...sourceRfm } = (await source.call('reports.rfmOf', { id: ids.ana! }))!;
    expect(targetRfm).toMatchObject(sourceRfm);
  });

  it('importing the same export twice creates nothing, and neither does importing it where it came from', async () => {
    const { core: source } = await seededSource();
    const file = await exportText(source);
    const target = await tempCore();
    await importText(target, file, {}, 'export.json');
    const before = await exportedData(target);
    for (const core of [target, source]) {
      const { summary } = await importText(core, file, {}, 'export.json');
      expect(summary).toMatchObject({ batchId: null, created: 0, createdCompanies: 0, updated: 0, alreadyThere: 6 });
      expect(summary.related).toEqual({ interactions: { added: 0, already: 2, skipped: 0 }, tasks: { added: 0, already: 3, skipped: 0 }, purchases: { added: 0, already: 3, skipped: 0 } });
    }
    expect(await exportedData(target)).toEqual(before);
    expect(rowCount(target, 'import_batches')).toBe(1);
  });

  it('undo takes back the contacts, interactions and tasks the import created, and the file can be imported again', async () => {
    const { core: source } = await seededSource();
    const file = await exportText(source);
    const target = await tempCore();
    const { summary } = await importText(target, file, {}, 'export.json');
    expect(await target.call('import.undo', { batchId: summary.batchId! })).toMatchObject({ removed: 6, removedInteractions: 2, removedTasks: 3 });
    expect((await target.call('contacts.list', {})).total).toBe(0);
    const state = trashState(target);
    expect(Object.values(state.interactions).every((stamp) => stamp !== null)).toBe(true);
    expect(Object.values(state.tasks).every((stamp) => stamp !== null)).toBe(true);
    expect(rowCount(target, 'purchases')).toBe(3);
    expect(target.context.database.sqlite.prepare('SELECT count(*) AS n FROM purchases WHERE deleted_at IS NULL').get()).toEqual({ n: 0 });

    // Their ids are taken by what waits in the trash: everything comes back under new ids, linked alike.
    const again = await importText(target, file, {}, 'export.json');
    expect(again.summary).toMatchObject({ created: 3, createdCompanies: 3 });
    expect(again.summary.related).toMatchObject({ interactions: { added: 2 }, tasks: { added: 3 }, purchases: { added: 3 } });
    const data = (await exportedData(target)) as Omit<CarnetJsonExport, 'exportedAt'>;
    const anaId = data.contacts.find((c) => c.firstName === 'Ana')!.id;
    expect(data.interactions.every((i) => i.contactIds.includes(anaId))).toBe(true);
    expect(data.purchases.filter((p) => p.contactId === anaId)).toHaveLength(2);
  });

  it('matches an existing contact by email when the ids differ, and gives it the interactions of the file', async () => {
    const { core: source, ids } = await seededSource();
    const file = await exportText(source);
    const target = await tempCore();
    const mine = await target.call('contacts.create', { firstName: 'Ana', lastName: 'Pérez', emails: [{ value: 'ana@acme.example' }] });
    const { summary } = await importText(target, file, {}, 'export.json');
    expect(summary.created).toBe(2); // François and Юрий; Ana is the one already there
    const interactions = target.context.database.sqlite.prepare('SELECT interaction_id AS i FROM interaction_contacts WHERE contact_id = ? ORDER BY i').all(mine.id);
    expect(interactions).toEqual([ids.meeting!, ids.note!].sort().map((i) => ({ i })));
    expect(lastContacted(target, mine.id)).not.toBeNull();
  });

  it('never gives one person’s interactions to another who holds the same id under another name', async () => {
    const { core: source, ids } = await seededSource();
    const file = JSON.parse(await exportText(source)) as CarnetJsonExport;
    const target = await tempCore();
    // Another database's record that happens to have Ana's id: Bob.
    const now = '2026-01-01T00:00:00.000Z';
    target.context.database.sqlite.prepare("INSERT INTO contacts (id, kind, first_name, last_name, display_name, sort_key, created_at, updated_at) VALUES (?, 'person', 'Bob', 'Stone', 'Bob Stone', 'bob stone', ?, ?)").run(ids.ana, now, now);
    const analyzed = await analyzeBytes(target, JSON.stringify(file), 'export.json');
    const preview = await target.call('import.preview', { sourceId: analyzed.sourceId, status: 'duplicate' });
    expect(preview.rows).toEqual([expect.objectContaining({ displayName: 'Ana Pérez', action: 'create', match: expect.objectContaining({ by: 'id', id: ids.ana, namesConflict: true }) })]);
    const summary = await target.call('import.commit', { sourceId: analyzed.sourceId });
    expect(summary.possibleDuplicates).toBe(1);
    const anaNow = summary.duplicatesToReview[0]!.contactId;
    expect(anaNow).not.toBe(ids.ana);
    const linked = (id: string) => (target.context.database.sqlite.prepare('SELECT count(*) AS n FROM interaction_contacts WHERE contact_id = ?').get(id) as { n: number }).n;
    expect(linked(ids.ana!)).toBe(0);
    expect(linked(anaNow)).toBe(2);
    expect((await target.call('contacts.get', { id: ids.ana! })).displayName).toBe('Bob Stone');
  });

  it('leaves out what belongs to a contact the user chose to skip, and counts it', async () => {
    const { core: source } = await seededSource();
    const file = await exportText(source);
    const target = await tempCore();
    const analyzed = await analyzeBytes(target, file, 'export.json');
    const rows = (await target.call('import.preview', { sourceId: analyzed.sourceId })).rows;
    const ana = rows.find((row) => row.displayName === 'Ana Pérez')!;
    const options = { rowChoices: [{ line: ana.line, choice: 'skip' as const }] };
    const preview = await target.call('import.preview', { sourceId: analyzed.sourceId, options: { onDuplicate: 'update', country: null, dateOrder: null, mapping: null, ...options } });
    // The meeting keeps François; the note (Ana only), Ana's task and her two purchases are left out.
    expect(preview.related).toEqual({ interactions: { added: 1, already: 0, skipped: 1 }, tasks: { added: 2, already: 0, skipped: 1 }, purchases: { added: 1, already: 0, skipped: 2 } });
    const summary = await target.call('import.commit', { sourceId: analyzed.sourceId, options: { onDuplicate: 'update', country: null, dateOrder: null, mapping: null, ...options } });
    expect(summary.related).toEqual(preview.related);
    expect(rowCount(target, 'interaction_contacts')).toBe(1);
  });

  it('keeps a phone’s country from its E.164 form in a Carnet whose phones default to another country', async () => {
    const { core: source } = await seededSource();
    const file = await exportText(source);
    const opened = await openTempCore({ locale: 'en-US' });
    cleanups.push(opened.cleanup);
    await importText(opened.core, file, {}, 'export.json');
    const francois = (await opened.core.call('contacts.list', { search: 'Lefèvre' })).items.find((item) => item.kind === 'person')!;
    // Typed as "06 12 34 56 78" in France: stored in international form here, still the same number.
    expect((await opened.core.call('contacts.get', { id: francois.id })).phones).toEqual([{ label: 'mobile', value: '+33 6 12 34 56 78', e164: '+33612345678' }]);
    const inFrance = await tempCore();
    await importText(inFrance, file, {}, 'export.json');
    expect((await inFrance.call('contacts.get', { id: francois.id })).phones[0]).toMatchObject({ value: '06 12 34 56 78', e164: '+33612345678' });
  });

  it('counts the interactions and tasks in its progress, and a cancel while they are written leaves nothing', async () => {
    const now = '2026-11-01T00:00:00.000Z';
    const contact = { id: 'c-1', kind: 'person', firstName: 'Ana', lastName: 'Lima', createdAt: now, updatedAt: now };
    const interactions = Array.from({ length: 2500 }, (_, i) => ({ id: `i-${i}`, type: 'note', occurredAt: now, contactIds: ['c-1'], createdAt: now, updatedAt: now }));
    const file = JSON.stringify({ format: 'carnet', version: 2, contacts: [contact], companies: [], interactions, tasks: [] });
    const target = await tempCore();
    const service = new ImportService(target.context);
    const options = { onDuplicate: 'update' as const, country: null, dateOrder: null, mapping: null, rowChoices: [] };
    const progress: [number, number][] = [];
    target.onEvent((event) => {
      if (event.type === 'progress') progress.push([event.done, event.total]);
    });
    const session = await service.analyze(Buffer.from(file), 'many.json', {});
    // Cancel once the contact is written and the interactions are under way.
    const job = 'job-1';
    target.onEvent((event) => {
      if (event.type === 'progress' && event.done >= 2 + 1000) service.cancel(job);
    });
    const summary = await service.commit(session.id, options, job);
    expect(summary).toMatchObject({ cancelled: true, batchId: null });
    expect(progress[0]![1]).toBe(2 + 2500);
    for (const table of ['contacts', 'interactions', 'interaction_contacts', 'interactions_fts', 'import_batches']) expect(rowCount(target, table), table).toBe(0);

    const done = await service.commit((await service.analyze(Buffer.from(file), 'many.json', {})).id, options, 'job-2');
    expect(done.related?.interactions.added).toBe(2500);
    expect(progress.at(-1)).toEqual([2502, 2502]);
  });

  it('reads a version 1 export (contacts only) and keeps ids and times', async () => {
    const { core: source, ids } = await seededSource();
    const { interactions: _i, tasks: _t, ...rest } = JSON.parse(await exportText(source)) as CarnetJsonExport;
    const v1 = { ...rest, version: 1, contacts: rest.contacts.map(({ keepInTouch: _k, keepInTouchSince: _s, ...contact }) => contact) };
    const target = await tempCore();
    const { summary } = await importText(target, JSON.stringify(v1), {}, 'old-export.json');
    expect(summary).toMatchObject({ created: 3, createdCompanies: 3 });
    expect(summary.related).toEqual({ interactions: { added: 0, already: 0, skipped: 0 }, tasks: { added: 0, already: 0, skipped: 0 } });
    // The same contact, but never contacted here: version 1 carries no interactions.
    const { lastContactedAt, ...ana } = await target.call('contacts.get', { id: ids.ana! });
    const { lastContactedAt: _there, ...before } = await source.call('contacts.get', { id: ids.ana! });
    expect(ana).toEqual(before);
    expect(lastContactedAt).toBeNull();
  });

  it('imports with the CLI: carnet import FILE.json', async () => {
    const { core: source } = await seededSource();
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'export.json');
    fs.writeFileSync(file, await exportText(source));
    const data = path.join(dir, 'data');
    const run = await runCarnet(['import', file, '--json', '--data', data]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 3, createdCompanies: 3, related: { interactions: { added: 2 }, tasks: { added: 3 } } });
    const text = await runCarnet(['import', file, '--data', data]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/added 0 interactions and 0 tasks, 2 interactions and 3 tasks already there\n/);
    expect(text.stdout).toMatch(/\n {2}added 0 purchases, 3 already there\n/);
    const undo = await runCarnet(['import', 'undo', JSON.parse(run.stdout).batchId, '--data', data]);
    expect(undo.stdout).toMatch(/\n2 interactions and 3 tasks went to the trash with them\.\n/);
    const dry = await runCarnet(['import', file, '--dry-run', '--data', path.join(dir, 'other')]);
    expect(dry.stdout).toMatch(/would add 2 interactions and 3 tasks, 0 interactions and 0 tasks already there\n/);
  });
});

describe('a Carnet export that is not what Carnet writes is refused whole', () => {
  async function refused(change: (file: Record<string, unknown> & CarnetJsonExport) => unknown): Promise<CarnetError> {
    const { core: source } = await seededSource();
    const file = JSON.parse(await exportText(source)) as Record<string, unknown> & CarnetJsonExport;
    const changed = change(file) ?? file;
    const target = await tempCore();
    const error = await errorOf(importText(target, JSON.stringify(changed, null, 2), {}, 'crafted.json'));
    expect(error).toMatchObject({ code: 'invalid_input' });
    // Nothing written, not even a batch.
    for (const table of ['contacts', 'interactions', 'tasks', 'purchases', 'products', 'import_batches']) expect(rowCount(target, table)).toBe(0);
    return error!;
  }

  it('a newer or unknown version', async () => {
    expect((await refused((file) => ({ ...file, version: 4 as 3 }))).message).toMatch(/^crafted\.json: version: It was written by a newer Carnet \(export version 4/);
    expect((await refused((file) => ({ ...file, version: '2' }))).message).toMatch(/^crafted\.json: version: Expected version 1, 2 or 3, found "2"/);
  });

  it('a wrong type, with where it is', async () => {
    const error = await refused((file) => {
      (file.contacts[1] as unknown as Record<string, unknown>).emails = 'ana@acme.example';
    });
    expect(error.message).toMatch(/^crafted\.json: contacts\[1\]\.emails \(line \d+\): .*expected array.*Nothing was imported\.$/);
    const minutes = await refused((file) => {
      (file.interactions[0] as unknown as Record<string, unknown>).minutes = 'forty';
    });
    expect(minutes.message).toMatch(/interactions\[0\]\.minutes \(line \d+\): .*expected number/);
  });

  it('a huge string', async () => {
    const error = await refused((file) => {
      file.contacts[0]!.notes = 'x'.repeat(100_001);
    });
    expect(error.message).toMatch(/contacts\[0\]\.notes \(line \d+\): At most 100,000 characters/);
    const body = await refused((file) => {
      file.interactions[0]!.body = 'y'.repeat(100_001);
    });
    expect(body.message).toMatch(/interactions\[0\]\.body .*At most 100,000 characters/);
  });

  it('an interaction or a task naming a contact that is not in the file', async () => {
    const error = await refused((file) => {
      file.interactions[1]!.contactIds.push('not-in-this-file');
    });
    expect(error.message).toMatch(/interactions\[1\]\.contactIds\[1\] \(line \d+\): No contact or company with id not-in-this-file in this file/);
    const task = await refused((file) => {
      file.tasks[0]!.contactId = 'nobody';
    });
    expect(task.message).toMatch(/tasks\[0\]\.contactId .*No contact or company with id nobody/);
  });

  it('a purchase whose total is not its lines’ sum, naming someone or a product not in the file, or in no currency', async () => {
    const total = await refused((file) => {
      file.purchases[0]!.totalMinor += 1;
    });
    expect(total.message).toMatch(/purchases\[0\]\.totalMinor \(line \d+\): The total \d+ is not the sum of the lines \(\d+\)/);
    const contact = await refused((file) => {
      file.purchases[1]!.contactId = 'nobody';
    });
    expect(contact.message).toMatch(/purchases\[1\]\.contactId .*No contact or company with id nobody in this file/);
    const product = await refused((file) => {
      file.purchases[0]!.lines[1]!.productId = 'no-such-product';
    });
    expect(product.message).toMatch(/purchases\[0\]\.lines\[1\]\.productId .*No product with id no-such-product in this file/);
    const currency = await refused((file) => {
      file.purchases[2]!.currency = 'XXY';
    });
    expect(currency.message).toMatch(/purchases\[2\]\.currency .*ISO 4217/);
    const quantity = await refused((file) => {
      (file.purchases[0]!.lines[0] as unknown as Record<string, unknown>).quantityMilli = 1.5;
    });
    expect(quantity.message).toMatch(/purchases\[0\]\.lines\[0\]\.quantityMilli .*thousandths/);
  });

  it('the same id twice', async () => {
    const error = await refused((file) => {
      file.contacts[2]!.id = file.companies[0]!.id;
    });
    expect(error.message).toMatch(/contacts\[2\]\.id .*is also the id of companies\[0\]/);
    const interaction = await refused((file) => {
      file.interactions[1]!.id = file.interactions[0]!.id;
    });
    expect(interaction.message).toMatch(/interactions\[1\]\.id .*is also the id of interactions\[0\]/);
  });

  it('not JSON, not Carnet’s, a person among the companies, a bad time', async () => {
    const target = await tempCore();
    expect((await errorOf(importText(target, '{"format": "carnet", "version": 2,', {}, 'cut.json')))?.message).toMatch(/^cut\.json is not valid JSON/);
    expect((await errorOf(importText(target, '{"name": "something else"}', {}, 'other.json')))?.message).toMatch(/^other\.json: format: This is not a Carnet export/);
    expect((await refused((file) => ({ ...file, companies: [...file.companies, file.contacts[0]] }))).message).toMatch(/companies\[3\]\.kind .*A person belongs under "contacts"/);
    expect((await refused((file) => {
      file.tasks[0]!.createdAt = 'yesterday';
    })).message).toMatch(/tasks\[0\]\.createdAt .*Use an ISO 8601 date and time/);
  });
});
