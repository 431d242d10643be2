import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import type { Contact } from '../../shared/contract/contacts.ts';
import { decodeBytes } from '../../electron/core/import/csv/decode.ts';
import { parseTable } from '../../electron/core/import/csv/parse-table.ts';
import { sniffDelimiter } from '../../electron/core/import/csv/sniff.ts';
import { openTempCore } from '../helpers/temp-core.ts';
import { analyzeBytes, corpusFile, corpusSkipMessage, hasCorpora } from '../helpers/import-helpers.ts';

/** Third-party files from ../shared/corpora, with the expectations their projects wrote. */
if (!hasCorpora) console.warn(`import-corpora.test.ts skipped: ${corpusSkipMessage}`);
const corpus = describe.skipIf(!hasCorpora);

let core: Core;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterAll(async () => {
  await cleanup?.();
});

function readTable(file: string) {
  const decoded = decodeBytes(fs.readFileSync(file));
  const delimiter = sniffDelimiter(decoded.text);
  return { decoded, delimiter, table: parseTable(decoded.text, delimiter) };
}

/** Imports a corpus file into a fresh batch and returns the people it created, fully loaded. */
async function importCorpus(file: string, options: { dateOrder?: 'dmy' | 'mdy' } = {}) {
  const analyzed = await analyzeBytes(core, fs.readFileSync(file), path.basename(file));
  const summary = await core.call('import.commit', { sourceId: analyzed.sourceId, options: { onDuplicate: 'create', ...options } });
  const ids = summary.batchId
    ? (core.context.database.sqlite.prepare("SELECT id FROM contacts WHERE import_batch_id = ? AND kind = 'person' ORDER BY num").pluck().all(summary.batchId) as string[])
    : [];
  const people: Contact[] = [];
  for (const id of ids) people.push(await core.call('contacts.get', { id }));
  return { analyzed, summary, people };
}

/** The few vCard properties the Roundcube expectations use: unfolded lines, name -> values. */
function readVcards(file: string): Map<string, string[]>[] {
  const text = fs.readFileSync(file, 'utf8').replace(/\r?\n[ \t]/g, '');
  return text.split(/BEGIN:VCARD/).slice(1).map((card) => {
    const props = new Map<string, string[]>();
    for (const line of card.split(/\r?\n/)) {
      const match = /^([A-Z-]+)(;[^:]*)?:(.*)$/.exec(line);
      if (!match || match[1] === 'END') continue;
      props.set(match[1]!, [...(props.get(match[1]!) ?? []), match[3]!]);
    }
    return props;
  });
}

corpus('csv-spectrum: parsing matches the expected JSON', () => {
  const names = hasCorpora ? fs.readdirSync(corpusFile('csv-spectrum', 'csvs')).map((f) => f.replace(/\.csv$/, '')) : [];
  it.each(names)('%s', (name) => {
    const expected = JSON.parse(fs.readFileSync(corpusFile('csv-spectrum', 'json', `${name}.json`), 'utf8')) as Record<string, string>[];
    const { table } = readTable(corpusFile('csv-spectrum', 'csvs', `${name}.csv`));
    const objects = table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column, row.cells[i] ?? ''])));
    expect(objects).toEqual(expected);
  });
});

corpus('csvkit: encodings and line endings', () => {
  it.each([
    ['test_utf8.csv', 'utf-8', 'ʤ'],
    ['test_utf8_bom.csv', 'utf-8', 'ʤ'],
    ['test_utf16_big.csv', 'utf-16be', 'ʤ'],
    ['test_utf16_little.csv', 'utf-16le', 'ʤ'],
    ['test_latin1.csv', 'windows-1252', '©'],
  ])('%s decodes as %s', (name, encoding, char) => {
    const { decoded, table } = readTable(corpusFile('csvkit', name));
    expect(decoded.encoding).toBe(encoding);
    expect(table.rows.at(-1)!.cells.at(-1)).toBe(char);
    expect(table.rows).toHaveLength(2);
  });

  it('reads CR-only line ends with a quoted CR inside a value', () => {
    const { table } = readTable(corpusFile('csvkit', 'mac_newlines.csv'));
    expect(table.columns).toEqual(['a', 'b', 'c']);
    expect(table.rows.map((row) => row.cells)).toEqual([['1', '2', '3'], ['Once upon\ra time', '5', '6']]);
    expect(table.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it('survives a NUL byte, a newline in the header, ragged rows and optional quotes', async () => {
    for (const name of ['null_byte.csv', 'test_header_newline.csv', 'bad.csv', 'optional_quote_characters.csv', 'dummy_col_shuffled_ragged.csv']) {
      const { table } = readTable(corpusFile('csvkit', name));
      expect(table.rows.length, name).toBeGreaterThan(0);
      await analyzeBytes(core, fs.readFileSync(corpusFile('csvkit', name)), name);
    }
  });

  it('empty.csv is refused with a clear message', async () => {
    await expect(analyzeBytes(core, fs.readFileSync(corpusFile('csvkit', 'empty.csv')), 'empty.csv')).rejects.toThrow(/empty\.csv is empty/);
  });
});

corpus('messytables-horror: real-world messy files', () => {
  it.each([
    ['utf-16le_encoded.csv', 'utf-16le', ','],
    ['utf8bom.csv', 'utf-8', ','],
    ['simple.psv', 'utf-8', '|'],
    ['simple.ssv', 'utf-8', ';'],
    ['example.tsv', 'utf-8', '\t'],
    ['spanish_chars.csv', 'windows-1252', ','],
  ])('%s: %s, delimiter %j', (name, encoding, delimiter) => {
    const { decoded, delimiter: found } = readTable(corpusFile('messytables-horror', name));
    expect(decoded.encoding).toBe(encoding);
    expect(found).toBe(delimiter);
  });

  it('spanish_chars.csv keeps its accents', () => {
    const { table } = readTable(corpusFile('messytables-horror', 'spanish_chars.csv'));
    expect(table.columns).toContain('Descripción');
  });

  it('excel_pasting.csv: the title rows above the header are skipped', () => {
    const { table } = readTable(corpusFile('messytables-horror', 'excel_pasting.csv'));
    expect(table.columns.slice(0, 3)).toEqual(['Year', '2000', '2001']);
    expect(table.headerLine).toBe(4);
    expect(table.rows[0]!.cells[0]).toBe('Timber');
  });

  it('every file is read or refused with a message, never a crash', async () => {
    for (const name of fs.readdirSync(corpusFile('messytables-horror')).filter((f) => !f.endsWith('.md'))) {
      await analyzeBytes(core, fs.readFileSync(corpusFile('messytables-horror', name)), name).catch((error: Error) => {
        expect(error.name, `${name}: ${error.message}`).toBe('CarnetError');
      });
    }
  });
});

corpus('roundcube: Google, Outlook and Thunderbird CSVs against the expected vCards', () => {
  it('gmail.csv (Google legacy export)', async () => {
    const [card] = readVcards(corpusFile('roundcube', 'Csv2vcard', 'gmail.vcf'));
    const { analyzed, people } = await importCorpus(corpusFile('roundcube', 'Csv2vcard', 'gmail.csv'));
    expect(analyzed.table!.preset.id).toBe('google-legacy');
    const [person] = people;
    const [last, first, middle] = card!.get('N')![0]!.split(';');
    expect(person).toMatchObject({ firstName: `${first} ${middle}`, lastName: last, company: card!.get('ORG')![0], title: card!.get('TITLE')![0], birthday: '1975-12-12', notes: expect.stringContaining('note"note') });
    expect(person!.emails.map((e) => e.value)).toEqual(card!.get('EMAIL'));
    expect(person!.emails.map((e) => e.label)).toEqual(['home', 'work', '', 'other']);
    // "My Contacts" is Google's system group: dropped, as FORMATS.md says (Roundcube keeps it).
    expect(person!.tags).toEqual(['Test']);
    expect(person!.websites.map((w) => w.value)).toEqual(card!.get('URL'));
    expect(person!.addresses.map((a) => [a.label, a.street, a.city, a.postalCode, a.country])).toEqual([
      ['home', 'home_street\nPO Box home_pobox', 'home_city', 'home_zip', 'home_country'],
      ['work', 'work_street', 'work_city', 'work_zip', 'work_country'],
    ]);
    // Its "phones" are words (pager, mobile...): kept in the notes with a warning, not dropped.
    expect(person!.phones).toEqual([]);
    expect(person!.notes).toContain('Phone: workfax');
  });

  it('outlook.csv and email.csv: email-only contacts', async () => {
    const outlook = await importCorpus(corpusFile('roundcube', 'Csv2vcard', 'outlook.csv'));
    expect(outlook.people.map((p) => p.emails.map((e) => e.value))).toEqual(readVcards(corpusFile('roundcube', 'Csv2vcard', 'outlook.vcf')).map((card) => card.get('EMAIL')));
    const email = await importCorpus(corpusFile('roundcube', 'Csv2vcard', 'email.csv'));
    expect(email.people.map((p) => p.emails[0]!.value)).toEqual(readVcards(corpusFile('roundcube', 'Csv2vcard', 'email.vcf')).map((card) => card.get('EMAIL')![0]));
    expect(email.people.map((p) => p.displayName)).toEqual(email.people.map((p) => p.emails[0]!.value));
  });

  it('tb_plain.csv (Thunderbird export)', async () => {
    const [card] = readVcards(corpusFile('roundcube', 'Csv2vcard', 'tb_plain.vcf'));
    const { analyzed, people } = await importCorpus(corpusFile('roundcube', 'Csv2vcard', 'tb_plain.csv'));
    expect(analyzed.table!.preset.id).toBe('thunderbird');
    expect(people[0]).toMatchObject({ firstName: 'Firstname', lastName: 'Lastname', company: 'Organization', title: 'title', birthday: '1970-11-15' });
    expect(people[0]!.emails.map((e) => e.value)).toEqual(card!.get('EMAIL'));
    expect(people[0]!.websites.map((w) => w.value).sort()).toEqual([...card!.get('URL')!].sort());
    expect(people[0]!.addresses.map((a) => [a.street, a.city, a.region, a.postalCode, a.country])).toEqual([
      ['Priv address', 'City', 'region', 'xx-xxx', 'USA'],
      ['Addr work', 'Wcity', 'Wstate', '33-333', 'Poland'],
    ]);
  });

  it('all.csv (all fields, BOM)', async () => {
    const [card] = readVcards(corpusFile('roundcube', 'Csv2vcard', 'all.vcf'));
    const { people } = await importCorpus(corpusFile('roundcube', 'Csv2vcard', 'all.csv'));
    const [person] = people;
    expect(person).toMatchObject({ firstName: 'First Name Middle Name', lastName: 'Last Name', company: 'Company', title: 'Job Title', birthday: '1991-01-20' });
    // Tags are one per name whatever the case: an earlier file here already made "Test".
    expect(person!.tags.map((tag) => tag.toLowerCase())).toEqual(card!.get('CATEGORIES'));
    expect(person!.emails.map((e) => e.value)).toEqual(card!.get('EMAIL'));
    expect(person!.phones.map((p) => p.value)).toEqual(card!.get('TEL'));
    expect(person!.addresses).toHaveLength(3);
    expect(person!.notes).toContain('Notes');
  });
});

corpus('atomic-crm: a CRM contacts export', () => {
  it('imports all 500 contacts with their emails, phones, tags and companies', async () => {
    const { summary, people } = await importCorpus(corpusFile('atomic-crm', 'contacts.csv'));
    expect(summary.errors).toEqual([]);
    expect(summary.created).toBe(500);
    expect(people[0]).toMatchObject({ firstName: 'Shelley', lastName: 'Kerluke', company: 'Gottlieb and Sons', emails: [{ value: 'Shelley_Kerluke47@hotmail.com' }] });
  });

  it('contacts_export.csv: comma-separated tags and labelled emails', async () => {
    const { people } = await importCorpus(corpusFile('atomic-crm', 'contacts_export.csv'));
    const john = people.find((p) => p.displayName === 'John Doe')!;
    expect(john.tags).toEqual(['influencer', 'developer']);
    expect(john.emails.map((e) => [e.label, e.value])).toEqual([['work', 'john@doe.example'], ['', 'john.doe@gmail.com'], ['', 'jdoe@caramail.com']]);
    expect(john.websites.map((w) => w.value)).toEqual(['https://www.linkedin.com/in/johndoe']);
    expect(john.phones).toHaveLength(3);
  });
});

corpus('thunderbird-import: expected cards in addressbook.json', () => {
  const expected = () => JSON.parse(fs.readFileSync(corpusFile('thunderbird-import', 'addressbook.json'), 'utf8')) as Record<string, { DisplayName?: string; FirstName?: string; LastName?: string; PrimaryEmail?: string }[]>;

  it.each(['basic_csv_addressbook.csv', 'csv_semicolon.csv'])('%s -> csv_import', async (name) => {
    const { people } = await importCorpus(corpusFile('thunderbird-import', name));
    expect(people.map((p) => ({ FirstName: p.firstName, LastName: p.lastName, PrimaryEmail: p.emails[0]?.value }))).toEqual(
      expected().csv_import!.map(({ FirstName, LastName, PrimaryEmail }) => ({ FirstName, LastName, PrimaryEmail })),
    );
  });

  it('csv_no_header.csv: no header row, the emails are found by their values', async () => {
    const { analyzed, people } = await importCorpus(corpusFile('thunderbird-import', 'csv_no_header.csv'));
    expect(analyzed.table!.hasHeader).toBe(false);
    expect(people.map((p) => p.emails[0]?.value)).toEqual(expected().csv_import!.map((card) => card.PrimaryEmail));
  });

  it('quote.csv -> quote_csv (quoted empty fields, CRLF)', async () => {
    const { people, analyzed } = await importCorpus(corpusFile('thunderbird-import', 'quote.csv'));
    const all = people.length > 0 ? people : [];
    const names = all.map((p) => p.displayName);
    const companies = (await core.call('contacts.list', { kind: 'company', search: 'Acer' })).items.map((c) => c.displayName);
    expect([...names, ...companies]).toContain(expected().quote_csv![0]!.DisplayName);
    expect(analyzed.recordCount).toBe(1);
  });

  it('tab_comma_mixed.csv is read without a crash', async () => {
    const { summary } = await importCorpus(corpusFile('thunderbird-import', 'tab_comma_mixed.csv'));
    expect(summary.created + summary.errors.length).toBeGreaterThan(0);
  });
});
