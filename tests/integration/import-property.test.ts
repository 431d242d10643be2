import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { CarnetError } from '../../shared/errors.ts';
import { openTempCore } from '../helpers/temp-core.ts';

/**
 * Whatever the bytes, the importer answers with a result or a CarnetError (a clear message), and
 * the database holds either the whole batch or nothing of it.
 */
let core: Core;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterAll(async () => {
  await cleanup();
});

function counts() {
  const sqlite = core.context.database.sqlite;
  const one = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
  return {
    contacts: one('SELECT count(*) AS n FROM contacts'),
    emails: one('SELECT count(*) AS n FROM contact_emails'),
    fts: one('SELECT count(*) AS n FROM contacts_fts'),
    batches: one('SELECT count(*) AS n FROM import_batches'),
  };
}

async function importOrExplain(bytes: Uint8Array): Promise<void> {
  const before = counts();
  let created = 0;
  let batchId: string | null = null;
  try {
    const analyzed = await core.call('import.analyze', { fileName: 'random.csv', data: Buffer.from(bytes).toString('base64') });
    await core.call('import.preview', { sourceId: analyzed.sourceId });
    const summary = await core.call('import.commit', { sourceId: analyzed.sourceId, options: { dateOrder: 'dmy' } });
    created = summary.created;
    batchId = summary.batchId;
    for (const error of summary.errors) expect(error.line).toBeGreaterThan(0);
  } catch (error) {
    // Refusing a file is fine; crashing (a TypeError, a RangeError) is not.
    expect(error).toBeInstanceOf(CarnetError);
    expect((error as CarnetError).code).toBe('invalid_input');
  }
  const after = counts();
  if (batchId === null) expect(after).toEqual(before);
  else {
    expect(after.batches).toBe(before.batches + 1);
    // Every created person (and any company card it brought) is whole: one search row each.
    expect(after.contacts - before.contacts).toBeGreaterThanOrEqual(created);
    expect(after.fts - before.fts).toBe(after.contacts - before.contacts);
  }
}

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'Ann', 'ann@example.com', '+33 6 12 34 56 78', '0/0/00', '03/04/1980', '31.12.1999', '--02-29', '"', '""', ',', ';', '\n', '\r\n', ' ::: ', '* myContacts'),
  fc.emailAddress(),
);
const header = fc.constantFrom('First Name', 'Last Name', 'Name', 'E-mail Address', 'Email', 'Phone', 'Birthday', 'Categories', 'Labels', 'Notes', 'Company', 'Prénom', 'Имя', 'x');

describe('import never crashes and never half-writes', () => {
  it('on random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 400 }), importOrExplain), { numRuns: 60 });
  });

  it('on random CSV text with contact-like headers and hostile cells', async () => {
    const csv = fc
      .tuple(fc.array(header, { minLength: 1, maxLength: 6 }), fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }), fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
      .map(([head, rows, delimiter, newline, quoteAll]) => {
        const format = (value: string) => (quoteAll || /[",;\t|\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
        return [head.map(format).join(delimiter), ...rows.map((row) => row.map(format).join(delimiter))].join(newline);
      });
    await fc.assert(fc.asyncProperty(csv, fc.constantFrom('utf-8', 'utf-16le', 'windows-1252'), async (text, encoding) => {
      const bytes = encoding === 'utf-8' ? Buffer.from(text, 'utf8') : encoding === 'utf-16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : Buffer.from(text.replace(/[\u0100-\uffff]/g, '?'), 'latin1');
      await importOrExplain(new Uint8Array(bytes));
    }), { numRuns: 80 });
  });

  it('on unclosed quotes and ragged rows the good rows still import', async () => {
    const before = counts().contacts;
    const analyzed = await core.call('import.analyze', { fileName: 'bad.csv', data: Buffer.from('Name,Email\n"Broken,broken@example.com\nGood One,good1@example.com,extra,cells\nGood Two\n').toString('base64') });
    const summary = await core.call('import.commit', { sourceId: analyzed.sourceId });
    expect(summary.errors).toEqual([{ line: 2, message: expect.stringMatching(/never closed/), said: expect.objectContaining({ id: 'import.error.unclosedQuote' }) }]);
    expect(summary.created).toBe(2);
    expect(counts().contacts).toBe(before + 2);
  });
});

describe('bad files get a clear message', () => {
  it.each([
    ['an empty file', '', /empty: there is nothing to import/],
    ['only blank lines', '\r\n\r\n  \r\n', /empty: there is nothing to import/],
    ['a header with no rows', 'First Name,Last Name,Email\r\n', /has a header but no rows/],
    ['binary junk', '\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000\u0007\u0008\u0000\u0000\u0000', /binary data/],
  ])('%s', async (_name, text, message) => {
    const data = Buffer.from(text, 'latin1').toString('base64');
    await expect(core.call('import.analyze', { fileName: 'file.csv', data })).rejects.toThrow(message);
  });

  it('an empty upload', async () => {
    await expect(core.call('import.analyze', { fileName: 'file.csv', data: '' })).rejects.toThrow(/empty/);
  });
});
