import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactInputSchema } from '../../shared/contract/contacts.ts';
import type { ImportRecord, ParsedSource } from '../../electron/core/import/import-record.ts';
import { readVCardFile } from '../../electron/core/vcard/vcard-reader.ts';

/**
 * vCard files written by other projects and real exporters (../shared/corpora, see its README).
 * Where a project ships the expected parse (icaljs jCard), Carnet's fields are compared strictly;
 * elsewhere the assertions state what the files are known to hold.
 */
const corpora = path.resolve(import.meta.dirname, '../../../shared/corpora');
const present = fs.existsSync(corpora);
if (!present) console.warn(`vCard corpus tests skipped: ${corpora} is absent (it sits beside the repo in CI).`);

const read = (relative: string): ParsedSource => readVCardFile(fs.readFileSync(path.join(corpora, relative)), path.basename(relative));
const only = (relative: string): ImportRecord => {
  const { records } = read(relative);
  expect(records).toHaveLength(1);
  return records[0]!;
};
const nameOf = (record: ImportRecord) => `${record.fields.firstName ?? ''}|${record.fields.lastName ?? ''}`;
const values = (list: { value: string }[] | undefined) => (list ?? []).map((item) => item.value);

function vcfFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...vcfFiles(full));
    else if (/\.(vcf|vcard)$/i.test(entry.name)) out.push(full);
  }
  return out;
}

describe.skipIf(!present)('every vCard in the corpora', () => {
  it('reads without throwing; every card is an error with a line or a record the contract accepts or rejects cleanly', () => {
    const files = vcfFiles(corpora);
    expect(files.length).toBeGreaterThan(80);
    let valid = 0;
    for (const file of files) {
      const source = readVCardFile(fs.readFileSync(file), path.basename(file));
      for (const record of source.records) {
        expect(record.line).toBeGreaterThan(0);
        if (record.error) continue;
        // Fields the reader builds must never break the contract's shape (labels, lengths, birthdays).
        const parsed = contactInputSchema.safeParse(record.fields);
        if (parsed.success) valid++;
        else expect(parsed.error.issues.map((issue) => issue.message), `${file} line ${record.line}`).toEqual(['Give the contact a name, a company, an email or a phone']);
      }
    }
    expect(valid).toBeGreaterThan(100);
  });
});

/** jCard (RFC 7095) → the fields Carnet keeps, by the same rules Carnet documents (pref first, N over FN...). */
type JProp = [string, Record<string, string | string[]>, string, ...unknown[]];
function expectedFromJCard(jcard: [string, JProp[]]): Record<string, unknown> {
  const props = jcard[1];
  const all = (name: string) => props.filter((p) => p[0] === name);
  const str = (v: unknown) => (Array.isArray(v) ? v.join(' ') : String(v ?? ''));
  const pref = (p: JProp) => [p[1].type].flat().some((t) => String(t).toLowerCase() === 'pref') || p[1].pref !== undefined;
  const ordered = (name: string) => [...all(name)].sort((a, b) => Number(pref(b)) - Number(pref(a)));
  const n = all('n')[0]?.[3] as unknown[] | undefined;
  const org = all('org')[0]?.[3];
  const bday = String(all('bday')[0]?.[3] ?? '');
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(bday) ?? /^(\d{4})(\d{2})(\d{2})/.exec(bday);
  const yearless = /^--(\d{2})-?(\d{2})$/.exec(bday);
  return {
    firstName: n ? [str(n[1]), str(n[2])].join(' ').replace(/\s+/g, ' ').trim() : undefined,
    lastName: n ? str(n[0]) : undefined,
    company: Array.isArray(org) ? String(org[0]) : String(org ?? ''),
    title: String(all('title')[0]?.[3] ?? all('role')[0]?.[3] ?? ''),
    emails: ordered('email').map((p) => String(p[3])),
    phones: ordered('tel').map((p) => String(p[3]).replace(/^tel:/, '').replace(/;ext=.*$/, '')),
    websites: all('url').map((p) => String(p[3])),
    notes: all('note').map((p) => String(p[3])).join('\n\n'),
    birthday: date ? `${date[1]}-${date[2]}-${date[3]}` : yearless ? `--${yearless[1]}-${yearless[2]}` : null,
    tags: all('categories').flatMap((p) => p.slice(3).flatMap((v) => String(v).split(','))),
    addresses: all('adr').map((p) => {
      const [box = '', ext = '', street = '', city = '', region = '', postalCode = '', country = ''] = (p[3] as string[]).map(str);
      return { street: [street, ext, box].filter(Boolean).join('\n'), city, region, postalCode, country };
    }),
  };
}

describe.skipIf(!present)('icaljs: vCard → jCard expected output', () => {
  const dirs = ['icaljs/main', 'icaljs/pr958-vcard21'];
  const pairs = present ? dirs.flatMap((dir) => fs.readdirSync(path.join(corpora, dir)).filter((f) => f.endsWith('.vcf')).map((f) => path.join(dir, f))) : [];
  it.each(pairs)('%s matches its jCard on the fields Carnet keeps', (relative) => {
    let text = fs.readFileSync(path.join(corpora, relative.replace(/\.vcf$/, '.json')), 'utf8');
    // One deliberate difference: icaljs's 2.1 parser (an unmerged PR) keeps `\n` as two characters
    // because 2.1 never defined it; 2.1 writers use it for line breaks, so Carnet reads a newline.
    if (relative.includes('vcard21')) text = text.replace(/(?<!\\)\\\\n/g, '\\n');
    const raw = JSON.parse(text) as unknown;
    // Files hold one jCard or a list of them.
    const jcards = (Array.isArray(raw) && raw[0] === 'vcard' ? [raw] : raw) as [string, JProp[]][];
    const records = read(relative).records;
    expect(records).toHaveLength(jcards.length);
    jcards.forEach((jcard, i) => {
      const record = records[i]!;
      const expected = expectedFromJCard(jcard);
      const actual = {
        firstName: expected.firstName === undefined ? undefined : record.fields.firstName,
        lastName: expected.lastName === undefined ? undefined : record.fields.lastName,
        company: record.fields.company,
        title: record.fields.title,
        emails: values(record.fields.emails),
        phones: values(record.fields.phones),
        websites: values(record.fields.websites),
        notes: record.fields.notes,
        birthday: record.fields.birthday,
        tags: record.fields.tags,
        addresses: (record.fields.addresses ?? []).map(({ label: _label, ...rest }) => rest),
      };
      expect(actual).toEqual(expected);
    });
  });
});

describe.skipIf(!present)('real exports (ez-vcard samples)', () => {
  it('iPhone: grouped X-ABLabel, folded JPEG photo, \\r\\r\\n line endings', () => {
    const john = only('ez-vcard/io/text/John_Doe_IPHONE.vcf');
    expect(john.fields).toMatchObject({ firstName: 'John Richter James', lastName: 'Doe', company: 'IBM', title: 'Money Counter', birthday: '2012-06-06' });
    expect(john.fields.phones).toHaveLength(7);
    expect(john.fields.phones?.[6]).toEqual({ label: 'assistant', value: '905-222-1234' });
    expect(john.fields.websites).toEqual([{ label: 'homepage', value: 'http://www.ibm.com' }]);
    expect(john.fields.addresses?.[1]).toMatchObject({ street: 'Street4\nBuilding 6\nFloor 8', city: 'New York', country: 'USA' });
    expect(john.photo).toMatchObject({ kind: 'data', mime: 'image/jpeg' });
    expect(john.warnings).toEqual([]);
    // What Carnet has no field for is kept as custom fields, not dropped.
    expect(john.customFields).toEqual([
      { label: 'Name prefix', value: 'Mr.' },
      { label: 'Name suffix', value: 'Sr.' },
      { label: 'Department', value: 'Accounting' },
      { label: 'Nickname', value: 'Johny' },
    ]);
  });

  it('Android 2.1: six cards, QP UTF-8 names with soft breaks, email-only cards', () => {
    const { records } = read('ez-vcard/io/text/John_Doe_ANDROID.vcf');
    expect(records).toHaveLength(6);
    expect(values(records[0]!.fields.emails)).toEqual(['john.doe@company.com']);
    expect(records[3]!.fields.lastName).toBe('Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ');
    expect(values(records[3]!.fields.phones)).toEqual(['123456', '234567', '3456789', '45678901']);
    // Android's "My Contacts" system group is not a tag.
    expect(records[0]!.fields.tags).toEqual([]);
    // The sample's photo is cut short before its frame header (Chromium cannot draw it either):
    // left out with a warning naming the contact, instead of an avatar that silently shows nothing.
    expect(records[4]!.photo).toBeUndefined();
    expect(records[4]!.warnings.map((warning) => warning.text)).toContain('Line 52 (Ñ Ñ Ñ Ñ Ñ): the photo cannot be read (Corrupt JPG, exceeded buffer limits); photo skipped.');
  });

  it.each([
    ['John_Doe_MAC_ADDRESS_BOOK.vcf', 'john.doe@ibm.com', '905-777-1234'],
    ['John_Doe_GMAIL.vcf', 'john.doe@ibm.com', '905-555-1234'],
    ['John_Doe_EVOLUTION.vcf', 'john.doe@ibm.com', '905-666-1234'],
    ['John_Doe_MS_OUTLOOK.vcf', 'john.doe@ibm.cm', '(905) 555-1234'],
    ['John_Doe_LOTUS_NOTES.vcf', 'john.doe@ibm.com', '+1 (212) 204-34456'],
  ])('%s: John Doe at IBM with his primary email and phone', (file, email, phone) => {
    const john = only(`ez-vcard/io/text/${file}`);
    expect(john.fields.lastName).toBe('Doe');
    expect(john.fields.firstName).toMatch(/^John/);
    expect(john.fields.company).toBe('IBM');
    expect(john.fields.emails?.[0]?.value).toBe(email);
    expect(john.fields.phones?.[0]?.value).toBe(phone);
  });

  it('Gmail list, Outlook 2007 and RFC examples', () => {
    expect(read('ez-vcard/io/text/gmail-list.vcf').records.map(nameOf)).toEqual(['Arnold|Smith', 'Chris|Beatle', 'Doug|White']);
    const mike = only('ez-vcard/io/text/outlook-2007.vcf');
    expect(mike.fields).toMatchObject({ firstName: 'Michael', lastName: 'Angstadt', company: 'TheCompany', title: 'TheJobTitle', birthday: '1922-03-10' });
    expect(read('ez-vcard/io/text/rfc2426-example.vcf').records.map(nameOf)).toEqual(['Frank|Dawson', 'Tim|Howes']);
    expect(only('ez-vcard/io/text/rfc6350-example.vcf').fields.birthday).toBe('--02-03');
    expect(only('ez-vcard/io/text/John_Doe_BLACK_BERRY.vcf').photo).toMatchObject({ mime: 'image/jpeg' });
  });
});

describe.skipIf(!present)('AOSP android-vcard fixtures', () => {
  it('Shift_JIS names in 2.1 and 3.0, including a 0x5C trail byte before ";"', () => {
    expect(only('android-vcard/raw/v21_japanese_1.vcf').fields.lastName).toBe('安藤ロイド');
    expect(only('android-vcard/raw/v21_japanese_3.vcf').fields).toMatchObject({ lastName: '伊能', firstName: '圭一 伊予' });
    expect(read('android-vcard/raw/v21_multiple_entry.vcf').records.map((r) => r.fields.lastName)).toEqual(['安藤ロイド3', '安藤ロイド4', '安藤ロイド5']);
  });

  it('nested cards, comment lines, unindented continuations, pref ordering, malformed photo', () => {
    expect(read('android-vcard/raw/v21_nest.vcf').records.map((r) => r.fields.lastName)).toEqual(['parent', 'nest1', 'nest2']);
    expect(only('android-vcard/raw/v21_invalid_comment_line.vcf').fields.notes).toBe('This is an (sharp ->#<- sharp) example. This message must NOT be ignored.');
    expect(values(only('android-vcard/raw/v21_invalid_multiple_line.vcf').fields.emails)).toEqual(['omega@example.com']);
    expect(only('android-vcard/raw/v21_adr_multiple_line.vcf').fields.addresses?.[1]?.street).toBe('Hermann v. Brevern\n9999999\nPackstation 999');
    expect(values(only('android-vcard/raw/v21_pref_handling.vcf').fields.phones)).toEqual(['2', '1', '3']);
    const malformed = only('android-vcard/raw/v21_malformed_photo.vcf');
    expect(malformed.photo).toBeUndefined();
    expect(malformed.warnings[0]!.text).toMatch(/photo is not valid base64/);
    expect(only('android-vcard/raw/v21_base64_no_2_crlf.vcf').photo).toMatchObject({ mime: 'image/jpeg' });
    expect(only('android-vcard/raw/v30_ios_613_multiline.vcf').fields).toMatchObject({ firstName: 'Bob', lastName: 'Smith', company: 'Smith Auto Repair' });
  });
});

describe.skipIf(!present)('khard, node-vcf, roundcube, sabre, vcard4android, py-vobject, monica', () => {
  it('khard: ORG-only KIND:org card is a company, data: URI photo, tel: URI, text birthday, unparsable card', () => {
    expect(only('khard/vcards/org.vcf').fields).toMatchObject({ kind: 'company', company: 'ACME Inc.' });
    expect(only('khard/vcards/photov4.vcf').photo).toMatchObject({ kind: 'data', mime: 'image/png' });
    expect(only('khard/vcards/photov3.vcf').photo).toMatchObject({ kind: 'data', mime: 'image/png' });
    expect(values(only('khard/vcards/tel-value-uri.vcf').fields.phones)).toEqual(['67545678']);
    expect(only('khard/vcards/text-bday.vcf').warnings[0]!.text).toMatch(/birthday "circa 1800"/);
    expect(only('khard/vcards/unparsable.vcf').error!.text).toMatch(/line 1 has no END:VCARD/);
  });

  it('node-vcf: the same contact in 2.1, 3.0 and 4.0 reads the same; blank lines inside a card', () => {
    const byVersion = ['vcard-2.1.vcf', 'vcard-3.0.vcf', 'vcard-4.0.vcf'].map((f) => only(`node-vcf/data/${f}`).fields);
    for (const fields of byVersion) expect(fields).toMatchObject({ firstName: 'Forrest', lastName: 'Gump', company: 'Bubba Gump Shrimp Co.', title: 'Shrimp Man', emails: [{ value: 'forrestgump@example.com' }] });
    expect(read('node-vcf/data/multiple.vcf').records).toHaveLength(3);
    expect(only('node-vcf/data/empty-lines.vcf').fields.company).toBe('Wikimedia');
    expect(only('node-vcf/data/xing.vcf').fields).toMatchObject({ firstName: 'Hans-Peter', lastName: 'Mustermann', tags: ['Consulting'] });
  });

  it('roundcube: Apple company card, Windows-1252 8-bit, The Bat! QP, UTF-16BE without BOM', () => {
    expect(only('roundcube/vcards/apple.vcf').fields).toMatchObject({ kind: 'company', company: 'Apple Computer AG' });
    expect(only('roundcube/vcards/johndoe.vcf').fields).toMatchObject({ firstName: 'John', lastName: 'Doë' });
    expect(only('roundcube/vcards/thebat.vcf').fields).toMatchObject({ firstName: 'Piotr', lastName: 'Iksiñski' });
    const utf16 = read('roundcube/vcards/utf-16_sample.vcf');
    expect(utf16.notes[0]!.text).toMatch(/UTF-16BE/);
    expect(utf16.records[0]!.fields).toMatchObject({ firstName: 'Ǽgean', lastName: 'ĽdaMonté' });
    expect(read('roundcube/Csv2vcard/email.vcf').records.map((r) => [r.fields.firstName, values(r.fields.emails)[0]])).toEqual([
      ['', 'test1@domain.tld'], ['', 'test2@domain.tld'], ['', 'test3@domain.tld'], ['', 'test4@domain.tld'],
    ]);
  });

  it('sabre-vobject: 27 KB photos starting on a continuation line (2.1) and folded (3.0)', () => {
    for (const file of ['sabre-vobject/issue64.vcf', 'sabre-vobject/issue153.vcf']) {
      const photo = only(file).photo;
      expect(photo?.kind).toBe('data');
      if (photo?.kind === 'data') expect(photo.data.byteLength).toBe(19685);
    }
  });

  it('vcard4android and py-vobject: all-fields cards', () => {
    const davx = only('vcard4android/allfields-vcard3.vcf');
    expect(davx.fields).toMatchObject({ lastName: 'Lastname', company: 'ABC, Inc.', title: 'Director, Research and Development', birthday: '1996-04-15' });
    expect(values(davx.fields.emails)).toContain('work@example.com');
    expect(davx.customFields).toEqual(expect.arrayContaining([
      { label: 'Role', value: 'Programmer' },
      { label: 'Anniversary', value: '2014-08-12' },
      { label: 'Custom Date', value: '20210729' },
      { label: 'Nickname', value: 'Nick2' },
    ]));
    const full = only('py-vobject/vcard40_full.vcf');
    expect(full.fields).toMatchObject({ firstName: 'John Quinlan', lastName: 'Public', company: 'Example Corp.', title: 'CEO', birthday: '1985-04-15', tags: ['BUSINESS', 'NETWORKING'] });
    expect(only('py-vobject/vcard40_multilang.vcf').fields).toMatchObject({ firstName: 'Taro', lastName: 'Yamada' });
  });

  it('monica: a broken BEGIN:VCAR stub is reported with its lines; a three-card file reads three cards', () => {
    expect(only('monica-v4/broken_vcard_stub.vcard').error!.text).toMatch(/^Lines 1-8 are not inside BEGIN:VCARD/);
    expect(read('monica-v4/vcard_stub.vcf').records.map((r) => values(r.fields.emails)[0] ?? '')).toEqual(['bono@example.com', 'john.doe@example.com', '']);
  });
});
