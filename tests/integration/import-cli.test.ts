import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-core.ts';
import { runCarnet } from '../helpers/run-cli.ts';
import { fixture } from '../helpers/import-helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('carnet import', () => {
  it('imports with --json, then list and undo', async () => {
    const run = await runCarnet(['import', fixture('google-contacts.csv'), '--json', '--data', dir]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { batchId: string; created: number; updated: number; skipped: number; errors: unknown[] };
    expect(summary).toMatchObject({ created: 2, createdCompanies: 1, updated: 0, alreadyThere: 0, skipped: 0, possibleDuplicates: 0, duplicatesToReview: [], errors: [] });
    expect(summary.batchId).toMatch(/^[0-9a-f-]{36}$/);

    const list = await runCarnet(['import', 'list', '--data', dir]);
    expect(list.stdout).toContain(`${summary.batchId}`);
    expect(list.stdout).toMatch(/google-contacts\.csv \[csv\]\s+created 2, companies 1, updated 0, already there 0, skipped 0, errors 0/);

    const again = await runCarnet(['import', fixture('google-contacts.csv'), '--data', dir]);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toMatch(/created 0 contacts, updated 0, already there 2, skipped 0, 0 errors\n {2}nothing was written/);

    const undo = await runCarnet(['import', 'undo', summary.batchId, '--data', dir]);
    expect(undo.code).toBe(0);
    // Two people and the company card the import made, counted apart.
    expect(undo.stdout).toMatch(/2 contacts and 1 company moved to the trash \(carnet trash restore --import \S+ brings them back\)/);
    const contacts = await runCarnet(['contacts', 'list', '--data', dir]);
    expect(contacts.stdout).toMatch(/No contacts yet/);
    const twice = await runCarnet(['import', 'undo', summary.batchId, '--data', dir]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already undone/);
  });

  it('--dry-run writes nothing and says what would happen', async () => {
    const run = await runCarnet(['import', fixture('outlook-classic-1252.csv'), '--dry-run', '--data', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/would create 3 contacts, would update 0, already there 0, skipped 0, 0 errors/);
    const list = await runCarnet(['import', 'list', '--data', dir]);
    expect(list.stdout).toBe('No imports yet.\n');
  });

  it('takes --delimiter, --encoding, --country, --date-order and --on-duplicate', async () => {
    const file = path.join(dir, 'ru.csv');
    fs.writeFileSync(file, Buffer.from([...Buffer.from('Name|Phone|Birthday\n'), 0xc8, 0xec, 0xff, ...Buffer.from('|612 345 678|03/04/1980\n')]));
    const asked = await runCarnet(['import', file, '--delimiter', 'pipe', '--encoding', 'cp1251', '--data', dir]);
    expect(asked.code).toBe(1);
    expect(asked.stdout).toMatch(/day\/month or month\/day/);
    const run = await runCarnet(['import', file, '--delimiter', '|', '--encoding', 'cp1251', '--country', 'es', '--date-order', 'mdy', '--json', '--data', dir]);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 1 });
    const contacts = JSON.parse((await runCarnet(['contacts', 'list', '--json', '--data', dir])).stdout) as { displayName: string; primaryPhone: string }[];
    expect(contacts).toEqual([expect.objectContaining({ displayName: 'Имя', primaryPhone: '+34 612 34 56 78' })]);
    const skip = await runCarnet(['import', file, '--delimiter', '|', '--encoding', 'cp1251', '--country', 'ES', '--date-order', 'mdy', '--on-duplicate', 'create', '--json', '--data', dir]);
    expect(JSON.parse(skip.stdout)).toMatchObject({ created: 1 });
  });

  it('applies a --mapping file', async () => {
    const csv = write('crm.csv', 'Who,Contact\nAnn Lee,ann@example.com\n');
    const mapping = write('mapping.json', JSON.stringify({ name: 'crm', mapping: { Who: { field: 'fullName' }, Contact: { field: 'email' } } }));
    const run = await runCarnet(['import', csv, '--mapping', mapping, '--json', '--data', dir]);
    expect(JSON.parse(run.stdout)).toMatchObject({ created: 1, errors: [] });
    const bad = write('bad-mapping.json', '{"Who": {"field": "shoe"}}');
    const refused = await runCarnet(['import', csv, '--mapping', bad, '--data', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/bad-mapping\.json is not a column mapping \(Who\.field/);
  });

  it('exits non-zero when nothing could be imported, with errors as {line, message}', async () => {
    const file = write('junk.csv', 'Name,Email\n,not-an-email\n,\n,also bad\n');
    const run = await runCarnet(['import', file, '--json', '--data', dir]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      file,
      batchId: null,
      created: 0,
      createdCompanies: 0,
      updated: 0,
      alreadyThere: 0,
      skipped: 0,
      possibleDuplicates: 0,
      duplicatesToReview: [],
      errors: [{ line: 2, message: 'No name, company, email or phone in this row' }, { line: 4, message: 'No name, company, email or phone in this row' }],
      warnings: [],
    });
    const empty = await runCarnet(['import', write('empty.csv', ''), '--data', dir]);
    expect(empty).toMatchObject({ code: 1, stdout: expect.stringMatching(/empty\.csv is empty/) });
    const missing = await runCarnet(['import', path.join(dir, 'nope.csv'), '--data', dir]);
    expect(missing).toMatchObject({ code: 1, stdout: expect.stringMatching(/Cannot read .*nope\.csv: no such file/) });
  });

  it('prints the rows imported with a warning, with their line, apart from the errors (text, --json, --dry-run)', async () => {
    const file = write('people.csv', 'Name,Email,Phone\nAnn Lee,ann-at-example,\nBob Roy,bob@example.com,call me\n,not-an-email,\n');
    const dry = await runCarnet(['import', file, '--dry-run', '--data', dir]);
    expect(dry.stdout).toContain('2 warnings (would be imported anyway):\n  line 2: "ann-at-example" is not an email address: kept in the notes\n  line 3: "call me" is not a phone number: kept in the notes');
    const run = await runCarnet(['import', file, '--data', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/created 2 contacts.*1 error\n/);
    expect(run.stdout).toContain('\n  line 4: No name, company, email or phone in this row\n  2 warnings (imported anyway):\n  line 2: "ann-at-example" is not an email address: kept in the notes\n  line 3: "call me"');
    const json = await runCarnet(['import', write('more.csv', 'Name,Email\nCy Fox,cy-at-example\n'), '--json', '--data', dir]);
    expect(JSON.parse(json.stdout)).toMatchObject({ created: 1, warnings: [{ line: 2, message: '"cy-at-example" is not an email address: kept in the notes' }] });
  });

  it('rejects bad flags with the flag in the message', async () => {
    const file = fixture('google-contacts.csv');
    expect((await runCarnet(['import', file, '--on-duplicate', 'merge', '--data', dir])).stderr).toMatch(/--on-duplicate/);
    expect((await runCarnet(['import', file, '--country', 'France', '--data', dir])).stderr).toMatch(/--country: Use a two-letter country code/);
    expect((await runCarnet(['import', file, '--delimiter', '::', '--data', dir])).stderr).toMatch(/--delimiter takes one character/);
    expect((await runCarnet(['import', '--data', dir])).stderr).toMatch(/Say which file to import/);
    expect((await runCarnet(['import', 'undo', 'nope', '--data', dir])).stderr).toMatch(/No import with id nope/);
  });
});
