import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import type { Contact } from '../../shared/contract/contacts.ts';
import { openTempCore } from '../helpers/temp-core.ts';
import { analyzeBytes, fixture } from '../helpers/import-helpers.ts';

/** Our own files for every format of FORMATS.md (written by a script in the exporters' shapes). */
let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => {
  await cleanup();
});

async function importFixture(name: string, options: { dateOrder?: 'dmy' | 'mdy'; country?: string } = {}) {
  const analyzed = await analyzeBytes(core, fs.readFileSync(fixture(name)), name);
  const summary = await core.call('import.commit', { sourceId: analyzed.sourceId, options });
  const people: Contact[] = [];
  for (const item of (await core.call('contacts.list', { kind: 'person', limit: 100 })).items) people.push(await core.call('contacts.get', { id: item.id }));
  const byName = (name: string) => people.find((person) => person.displayName === name)!;
  return { analyzed, summary, people, byName };
}

describe('CSV fixtures for every format', () => {
  it('Outlook desktop: Windows-1252, all quoted, M/D/YYYY, 0/0/00, Categories', async () => {
    const { analyzed, summary, byName } = await importFixture('outlook-classic-1252.csv');
    expect(analyzed).toMatchObject({ encoding: 'windows-1252', table: { delimiter: ',', preset: { id: 'outlook' }, dateOrder: { detected: 'mdy' } } });
    expect(analyzed.table!.columns).toHaveLength(92);
    expect(summary).toMatchObject({ created: 3, errors: [] });
    const francois = byName('François Müller');
    expect(francois).toMatchObject({
      company: 'Société Générale SA',
      title: 'Directeur',
      birthday: '1975-03-14',
      tags: ['Clients', 'VIP'],
      notes: 'Rencontré au salon.\r\nRappeler en mars — café noir.\nName prefix: Mr.',
      websites: [{ label: '', value: 'https://example.fr' }],
      addresses: [{ label: 'work', street: '29 bd Haussmann', city: 'Paris', region: '', postalCode: '75009', country: 'France' }],
    });
    expect(francois.phones.map((p) => [p.label, p.e164])).toEqual([['work', '+33142142000'], ['mobile', '+33612345678']]);
    const jane = byName('Jane Doe');
    expect(jane.birthday).toBe('1980-07-04');
    expect(jane.emails.map((e) => e.value)).toEqual(['jane@example.com', 'jane.doe@example.org']);
    expect(byName('Zoë Ångström').birthday).toBeNull(); // 0/0/00
  });

  it('Outlook with the older "Business Country" header', async () => {
    const { analyzed, byName } = await importFixture('outlook-classic-old-country.csv');
    expect(analyzed.table!.preset.id).toBe('outlook');
    expect(byName('Old Outlook')).toMatchObject({ birthday: '1969-12-31', addresses: [expect.objectContaining({ city: 'Berlin', country: 'Germany' })] });
  });

  it('Outlook.com (61 columns)', async () => {
    const { analyzed, byName } = await importFixture('outlook-com.csv');
    expect(analyzed.table).toMatchObject({ preset: { id: 'outlook-com' } });
    expect(analyzed.table!.columns).toHaveLength(61);
    expect(byName('Ana García')).toMatchObject({ company: 'Telefónica', title: 'Ingeniera', birthday: '1988-02-29', notes: 'Línea 1\nLínea 2' });
  });

  it('Google Contacts: ::: multi-values, labels without system groups, --MM-DD, multi-line notes', async () => {
    const { analyzed, byName, people } = await importFixture('google-contacts.csv');
    expect(analyzed).toMatchObject({ encoding: 'utf-8', table: { preset: { id: 'google' } } });
    const amelie = byName('Amélie Poulain');
    expect(amelie).toMatchObject({
      company: 'Café des 2 Moulins',
      title: 'Serveuse',
      birthday: '--04-12',
      tags: ['Amis'],
      notes: 'Aime les ricochets.\nDéteste les\n"surprises"',
      emails: [{ label: 'home', value: 'amelie@example.fr' }, { label: 'home', value: 'amelie.p@example.com' }, { label: 'work', value: 'contact@cafe.example' }],
      websites: [{ label: 'blog', value: 'https://amelie.example' }],
    });
    expect(amelie.phones.map((p) => p.e164)).toEqual(['+33611223344', '+33655667788']);
    expect(amelie.addresses).toEqual([{ label: 'home', street: '15 rue Lepic', city: 'Paris', region: '', postalCode: '75018', country: 'France' }]);
    expect(byName('Nino Quincampoix').tags).toEqual([]);
    expect(people).toHaveLength(2);
    const custom = core.context.database.sqlite.prepare('SELECT label, value FROM contact_custom_fields WHERE contact_id = ? ORDER BY position').all(amelie.id);
    expect(custom).toEqual([{ label: 'Anniversary', value: '2001-04-25' }, { label: 'Loyalty card', value: 'A-1234' }]);
    const photo = core.context.database.sqlite.prepare('SELECT url FROM contact_photos WHERE contact_id = ?').get(amelie.id);
    expect(photo).toEqual({ url: 'https://lh3.googleusercontent.com/photo.jpg' });
  });

  it('Google legacy: Given/Family Name, Group Membership, Organization 1', async () => {
    const { analyzed, byName } = await importFixture('google-legacy.csv');
    expect(analyzed.table!.preset.id).toBe('google-legacy');
    expect(byName('Hans Meier')).toMatchObject({ company: 'Meier GmbH', title: 'Geschäftsführer', tags: ['Kunden'], emails: [{ label: 'work', value: 'hans.meier@example.de' }] });
  });

  it('Excel plain CSV, French: Windows-1252, semicolons, title row, blank line, D/M/Y', async () => {
    const { analyzed, summary, byName } = await importFixture('excel-fr-1252-semicolon.csv');
    expect(analyzed).toMatchObject({ encoding: 'windows-1252', table: { delimiter: ';', preset: { id: 'spreadsheet' }, headerLine: 3, dateOrder: { detected: 'dmy' } } });
    expect(summary.created).toBe(2);
    expect(byName('Hélène Dupré')).toMatchObject({ company: 'Ébénisterie Léon', title: 'Gérante', birthday: '1979-12-25', addresses: [expect.objectContaining({ street: '3 place de l’Église', city: 'Lyon' })] });
    expect(byName('Jérôme Côté').birthday).toBe('1985-04-03');
  });

  it('Excel CSV UTF-8, German: BOM, D.M.Y, "Name" is the family name', async () => {
    const { analyzed, byName } = await importFixture('excel-de-utf8-bom.csv');
    expect(analyzed.table).toMatchObject({ delimiter: ';', dateOrder: { detected: 'dmy' } });
    expect(byName('Jürgen Groß')).toMatchObject({ company: 'Straßenbau AG', birthday: '1970-01-31', addresses: [expect.objectContaining({ street: 'Lindenstraße 5', city: 'München' })] });
  });

  it('Excel Unicode text, Spanish: UTF-16LE, tabs', async () => {
    const { analyzed, byName } = await importFixture('excel-es-utf16le-tab.txt', { country: 'ES' });
    expect(analyzed).toMatchObject({ encoding: 'utf-16le', table: { delimiter: '\t' } });
    const jose = byName('José Núñez Peña');
    expect(jose).toMatchObject({ company: 'Compañía Ibérica', birthday: '1982-08-15' });
    expect(jose.phones.map((p) => p.e164)).toEqual(['+34911234567', '+34612345678']);
  });

  it('Russian headers: asks for the date order of 12.06.1984, then imports', async () => {
    const analyzed = await analyzeBytes(core, fs.readFileSync(fixture('russian-headers.csv')), 'ru.csv');
    expect(analyzed.table!.dateOrder).toMatchObject({ ambiguous: true, examples: ['12.06.1984'] });
    const { byName } = await importFixture('russian-headers.csv', { dateOrder: 'dmy' });
    expect(byName('Пётр Сергеевич Иванов')).toMatchObject({ company: 'ООО «Ромашка»', title: 'Менеджер', birthday: '1984-06-12', notes: 'Звонить после 10:00' });
  });

  it('LibreOffice pipes with ragged rows', async () => {
    const { analyzed, summary, byName } = await importFixture('libreoffice-pipe-ragged.csv');
    expect(analyzed.table!.delimiter).toBe('|');
    expect(summary.created).toBe(3);
    expect(byName('Ada Lovelace').tags).toEqual(['math', 'history']);
    expect(byName('Alan Turing').phones).toEqual([]);
  });
});
