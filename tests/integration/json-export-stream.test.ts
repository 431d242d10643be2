import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { buildJsonExport, writeJsonExport } from '../../electron/core/export/json-export.ts';
import { writeFileAtomicStreaming } from '../../electron/core/fs/atomic-stream.ts';
import type { CarnetEvent } from '../../shared/contract/events.ts';
import type { CarnetError } from '../../shared/errors.ts';
import { insertTestPurchases } from '../helpers/report-purchases.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';

let core: Core;
let cleanup: () => Promise<void>;
let temp: ReturnType<typeof makeTempDir>;
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
  temp = makeTempDir();
});
afterEach(async () => {
  await cleanup();
  temp.cleanup();
});

/** The export as one string, as it was written before it was streamed (the reference). */
async function wholeText(): Promise<string> {
  return JSON.stringify(await buildJsonExport(core.context), null, 2) + '\n';
}
const withoutStamp = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');
const leftovers = () => fs.readdirSync(temp.dir).filter((name) => name.endsWith('.partial'));

describe('the JSON export written as it is read', () => {
  it('is the same text, byte for byte, as the whole export stringified', async () => {
    const ana = await core.call('contacts.create', { firstName: 'Ana', lastName: 'Pérez "la Jefa"', company: 'Café Lisboa', notes: 'Line one\nline two\ttabbed, \u2028 and 😀', birthday: '1980-02-29' });
    const ben = await core.call('contacts.create', { firstName: 'Ben', lastName: 'Roy', emails: [{ label: 'work', value: 'ben@roy.example' }] });
    await core.call('interactions.log', { type: 'call', direction: 'in', occurredAt: '2026-01-02T09:30:00+01:00', minutes: 20, subject: 'Quote\nfollow-up', contactIds: [ana.id, ben.id] });
    await core.call('tasks.add', { title: 'Send the quote', dueDate: '2026-03-15', contactId: ana.id });
    await core.call('purchases.add', { contactId: ben.id, purchasedOn: '2026-03-05', currency: 'EUR', lines: [{ item: 'Café moulu', quantity: '1,5', unitPrice: 1250 }, { item: 'Filtre', quantity: 2, unitPrice: 333 }] });
    const target = path.join(temp.dir, 'carnet.json');
    const written = await writeJsonExport(core.context, target);
    const text = fs.readFileSync(target, 'utf8');
    expect(withoutStamp(text)).toBe(withoutStamp(await wholeText()));
    expect(written).toEqual({ count: 3, bytes: Buffer.byteLength(text, 'utf8') });
    const parsed = JSON.parse(text) as { contacts: unknown[]; companies: unknown[]; interactions: unknown[]; tasks: unknown[]; purchases: unknown[]; products: unknown[] };
    expect([parsed.contacts.length, parsed.companies.length, parsed.interactions.length, parsed.tasks.length, parsed.purchases.length, parsed.products.length]).toEqual([2, 1, 1, 1, 1, 2]);
    expect(leftovers()).toEqual([]);
  });

  it('writes empty sections as the whole export does', async () => {
    const target = path.join(temp.dir, 'empty.json');
    await writeJsonExport(core.context, target);
    expect(withoutStamp(fs.readFileSync(target, 'utf8'))).toBe(withoutStamp(await wholeText()));
    expect(fs.readFileSync(target, 'utf8')).toContain('"contacts": [],\n');
  });

  it('is what export.toFolder writes, with its count and size', async () => {
    await core.call('contacts.create', { firstName: 'Cleo', lastName: 'Test' });
    const written = await core.call('export.toFolder', { folder: temp.dir, format: 'json' });
    expect(written.count).toBe(1);
    expect(fs.statSync(written.path).size).toBe(written.bytes);
    expect(withoutStamp(fs.readFileSync(written.path, 'utf8'))).toBe(withoutStamp(await wholeText()));
  });
});

describe('the export\u2019s progress', () => {
  it('reports records written out of all, every 2,000, and ends at all of them', async () => {
    const ana = await core.call('contacts.create', { firstName: 'Ana', lastName: 'Test' });
    // 1 contact and 4,999 purchases (their lines name no product): 5,000 records in all.
    insertTestPurchases(core.context.database.sqlite, Array.from({ length: 4_999 }, (_, i) => ({ contactId: ana.id, on: '2026-01-01', minor: i })));
    const events: CarnetEvent[] = [];
    core.onEvent((event) => events.push(event));
    await core.call('export.toFolder', { folder: temp.dir, format: 'json', jobId: 'export-1' });
    const progress = events.flatMap((event) => (event.type === 'progress' && event.jobId === 'export-1' ? [[event.done, event.total, event.label]] : []));
    expect(progress).toEqual([[2_000, 5_000, 'Exporting'], [4_000, 5_000, 'Exporting'], [5_000, 5_000, 'Exporting']]);
    // Without a job id, and for CSV, no progress events.
    await core.call('export.toFolder', { folder: temp.dir, format: 'json' });
    expect(events.filter((event) => event.type === 'progress')).toHaveLength(3);
  });
});

describe('the export\u2019s own read connection', () => {
  it('lets saves and the screens\u2019 reads go on while it runs, and writes the picture of its start', async () => {
    const ana = await core.call('contacts.create', { firstName: 'Ana', lastName: 'Test' });
    insertTestPurchases(core.context.database.sqlite, Array.from({ length: 4_000 }, (_, i) => ({ contactId: ana.id, on: '2026-01-01', minor: i })));
    let during: { saved: string; listed: number } | null = null;
    const target = path.join(temp.dir, 'during.json');
    await writeJsonExport(core.context, target, async (done) => {
      if (done !== 2_000) return;
      // Half-way: a save and a screen read, answered while the export still holds its snapshot.
      const ben = await core.call('contacts.create', { firstName: 'Ben', lastName: 'Later' });
      const list = await core.call('contacts.list', { search: '', limit: 10 });
      during = { saved: ben.displayName, listed: list.total };
    });
    expect(during).toEqual({ saved: 'Ben Later', listed: 2 });
    const written = JSON.parse(fs.readFileSync(target, 'utf8')) as { contacts: { lastName: string }[] };
    expect(written.contacts.map((contact) => contact.lastName)).toEqual(['Test']);
  });
});

describe('writing a file whole or not at all, piece by piece', () => {
  it('leaves nothing under the name, nor a temp file, when the producer fails half-way', async () => {
    const target = path.join(temp.dir, 'out.json');
    fs.writeFileSync(target, 'the earlier export');
    const failing = writeFileAtomicStreaming(target, async (write) => {
      write('x'.repeat(3 << 20)); // past one flush: some of it is on the disk already
      throw new Error('the database went away');
    });
    await expect(failing).rejects.toThrow('the database went away');
    expect(fs.readFileSync(target, 'utf8')).toBe('the earlier export');
    expect(leftovers()).toEqual([]);
  });

  it('says in words where it could not write', async () => {
    const error = await writeJsonExport(core.context, path.join(temp.dir, 'no-such-folder', 'out.json')).then(() => null, (e: unknown) => e as CarnetError);
    expect(error).toMatchObject({ code: 'io' });
    expect(error?.message).toContain('no-such-folder');
  });
});
