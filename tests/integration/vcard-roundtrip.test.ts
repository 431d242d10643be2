import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { loadContactPhoto, saveContactPhoto } from '../../electron/core/contacts/contact-photo.ts';
import { buildJsonExport, type ExportedContact } from '../../electron/core/export/json-export.ts';
import { buildVCardExport } from '../../electron/core/export/vcard-export.ts';
import { runCli } from '../../electron/cli/main.ts';
import { importText } from '../helpers/import-helpers.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function tempCore(): Promise<Core> {
  const { core, cleanup } = await openTempCore();
  cleanups.push(cleanup);
  return core;
}

const PNG_1PX = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

/** Contacts that exercise every exported field, escapes, labels, year-less birthdays and a company card. */
async function seed(core: Core): Promise<string> {
  const claire = await core.call('contacts.create', {
    firstName: 'Claire',
    lastName: "O'Neil-Martin",
    company: 'Acme, Inc; Europe',
    title: 'Head of Sales\\Ops',
    emails: [{ label: 'work', value: 'claire@acme.example' }, { label: 'Newsletter', value: 'c.martin@mail.example' }],
    phones: [{ label: 'mobile', value: '06 12 34 56 78' }, { label: 'work fax', value: '+33 1 23 45 67 89' }, { label: 'Reception', value: '+1 212 555 0100' }],
    addresses: [{ label: 'work', street: '12 rue de la Paix\nBât. B, 3e étage', city: 'Paris', region: 'Île-de-France', postalCode: '75002', country: 'France' }],
    websites: [{ label: 'work', value: 'https://acme.example/fr?a=1,b=2' }, { label: 'Blog', value: 'https://claire.example' }],
    birthday: '--02-29',
    tags: ['VIP', 'Clients, Paris'],
    notes: 'Line one\nLine two; with ; and , and \\ backslash\nこんにちは',
    customFields: [{ label: 'Customer number', value: 'C-1042; B' }, { label: 'Spouse', value: 'Théo' }],
  });
  await core.call('contacts.create', { firstName: 'Jürgen', lastName: 'Weiß', birthday: '1975-11-30', emails: [{ label: 'home', value: 'jw@example.de' }], tags: ['Germany'] });
  await core.call('contacts.create', { kind: 'company', company: 'Globex Corporation', phones: [{ label: 'main', value: '+1 555 0100 200' }], websites: [{ label: '', value: 'globex.example' }] });
  await saveContactPhoto(core.context.database.db, claire.id, { kind: 'data', mime: 'image/png', data: PNG_1PX });
  return claire.id;
}

/** The fields the issue lists for the round trip, without ids, timestamps and the E.164 (derived). */
function comparable(contact: ExportedContact) {
  return {
    kind: contact.kind,
    firstName: contact.firstName,
    lastName: contact.lastName,
    company: contact.company,
    title: contact.title,
    emails: contact.emails,
    phones: contact.phones.map(({ label, value }) => ({ label, value })),
    addresses: contact.addresses,
    websites: contact.websites,
    birthday: contact.birthday,
    notes: contact.notes,
    tags: [...contact.tags].sort(),
    customFields: contact.customFields,
  };
}

async function snapshot(core: Core) {
  const json = await buildJsonExport(core.context);
  return [...json.contacts, ...json.companies].map(comparable).sort((a, b) => `${a.company}${a.lastName}`.localeCompare(`${b.company}${b.lastName}`));
}

describe.each(['3.0', '4.0'] as const)('vCard %s export → import into an empty database', (version) => {
  it('gives back the same contacts, photo included', async () => {
    const source = await tempCore();
    await seed(source);
    const { text, count } = await buildVCardExport(source.context, { all: true }, version);
    expect(count).toBe(4); // Claire's company gets its own company card
    expect(text).toContain(`VERSION:${version}`);
    // Folded at 75 octets, CRLF everywhere.
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);

    const target = await tempCore();
    const { summary } = await importText(target, text, {}, `carnet-${version}.vcf`);
    expect(summary.errors).toEqual([]);
    expect(summary.created + summary.createdCompanies).toBe(4);
    expect(await snapshot(target)).toEqual(await snapshot(source));

    const claire = (await target.call('contacts.list', { search: 'Claire' })).items[0]!;
    const photo = await loadContactPhoto(target.context.database.db, claire.id);
    expect(photo).toMatchObject({ kind: 'data', mime: 'image/png' });
    expect(photo?.kind === 'data' && Buffer.from(photo.data).equals(Buffer.from(PNG_1PX))).toBe(true);
  });
});

describe('vCard export selections', () => {
  it('exports one contact, a selection, a tag, and says which id or tag does not exist', async () => {
    const core = await tempCore();
    const claireId = await seed(core);
    const one = await buildVCardExport(core.context, { ids: [claireId] });
    expect(one.count).toBe(1);
    expect(one.text).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    expect(one.text).toContain('item1.EMAIL;TYPE=INTERNET:c.martin@mail.example\r\nitem1.X-ABLabel:Newsletter');
    expect(one.text).toContain('BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29');
    expect(one.text).toContain('URL;TYPE=WORK:https://acme.example/fr?a=1,b=2');
    expect(one.text).toContain('ORG:Acme\\, Inc\\; Europe');
    expect((await buildVCardExport(core.context, { tag: 'Germany' })).count).toBe(1);
    await expect(buildVCardExport(core.context, { tag: 'Nope' })).rejects.toThrow('No tag named "Nope"');
    await expect(buildVCardExport(core.context, { ids: [claireId, 'missing-id'] })).rejects.toThrow('No contact with id missing-id');
    const v4 = await buildVCardExport(core.context, { all: true }, '4.0');
    expect(v4.text).toContain('KIND:org');
    expect(v4.text).toContain('BDAY:--0229');
    expect(v4.text).toContain('PHOTO:data:image/png;base64,');
  });
});

describe('carnet export --format vcard', () => {
  it('writes the file with the chosen version and rejects a bad --vcard-version', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env: { CARNET_DATA_DIR: dir } };
    const core = await tempCore();
    await seed(core);
    await core.close();
    const file = path.join(dir, 'all.vcf');
    const args = (extra: string[]) => ['export', file, ...extra, '--data', path.dirname(core.context.database.path)];
    expect((await runCli(args(['--format', 'vcard', '--vcard-version', '4.0']), io)).code).toBe(0);
    expect(fs.readFileSync(file, 'utf8').match(/BEGIN:VCARD/g)).toHaveLength(4);
    expect(fs.readFileSync(file, 'utf8')).toContain('VERSION:4.0');
    expect((await runCli(args(['--vcard-version', '5.0']), io)).code).not.toBe(0);
    expect(err.join('')).toContain('--vcard-version must be 3.0 or 4.0');
  });
});
