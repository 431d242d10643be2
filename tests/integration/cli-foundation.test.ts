import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { runCarnet } from '../helpers/run-cli.ts';

let dir: string;
let cleanup: () => void;
beforeEach(async () => {
  ({ dir, cleanup } = makeTempDir());
  const core = await createCore({ dataDir: dir, locale: 'fr-FR' });
  await core.call('contacts.create', { firstName: 'François', lastName: 'Lefèvre', company: 'Boulangerie Lefèvre', emails: [{ label: 'work', value: 'f@lefevre.fr' }], phones: [{ label: 'mobile', value: '06 12 34 56 78' }], birthday: '--04-12', tags: ['VIP'], notes: 'Pain au levain' });
  await core.call('contacts.create', { firstName: 'Ana', lastName: 'Pérez' });
  await core.close();
});
afterEach(() => cleanup());

describe('carnet contacts list', () => {
  it('lists with --data and finds with --search, also as JSON', async () => {
    const all = await runCarnet(['contacts', 'list', '--data', dir]);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/Ana Pérez[\s\S]*François Lefèvre/);
    expect(all.stdout).toMatch(/\n2 contacts and 1 company\n$/); // two people and the company card, counted apart
    const found = await runCarnet(['contacts', 'list', '--search', 'franc', '--json'], { CARNET_DATA_DIR: dir });
    expect(found.code).toBe(0);
    const items = JSON.parse(found.stdout) as { displayName: string; primaryPhone: string }[];
    expect(items).toEqual([expect.objectContaining({ displayName: 'François Lefèvre', primaryPhone: '06 12 34 56 78' })]);
  });

  it('says so when nothing matches', async () => {
    const none = await runCarnet(['contacts', 'list', '--data', dir, '--search', 'zzz']);
    expect(none).toMatchObject({ code: 0, stdout: 'No contact matches "zzz".\n' });
  });
});

describe('carnet export --format json', () => {
  it('writes the version 3 JSON export', async () => {
    const file = path.join(dir, 'out', 'export.json');
    fs.mkdirSync(path.dirname(file));
    const result = await runCarnet(['export', file, '--format', 'json', '--data', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'carnet', version: 3, interactions: [], tasks: [], purchases: [], products: [] });
    expect(exported.contacts).toHaveLength(2);
    expect(exported.companies).toEqual([expect.objectContaining({ kind: 'company', company: 'Boulangerie Lefèvre' })]);
    const francois = exported.contacts.find((c: { firstName: string }) => c.firstName === 'François');
    expect(Object.keys(francois).sort()).toEqual(['addresses', 'birthday', 'company', 'createdAt', 'customFields', 'displayName', 'emails', 'firstName', 'id', 'keepInTouch', 'keepInTouchSince', 'kind', 'lastName', 'notes', 'phones', 'source', 'tags', 'title', 'updatedAt', 'websites']);
    expect(francois).toMatchObject({ company: 'Boulangerie Lefèvre', birthday: '--04-12', tags: ['VIP'], phones: [{ label: 'mobile', value: '06 12 34 56 78', e164: '+33612345678' }], source: 'manual' });
    const ana = exported.contacts.find((c: { firstName: string }) => c.firstName === 'Ana');
    expect(ana.company).toBeNull();
  });

  it('fails clearly, leaving nothing behind, when the folder does not exist', async () => {
    const file = path.join(dir, 'missing-folder', 'export.json');
    const result = await runCarnet(['export', file, '--format', 'json', '--data', dir]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Could not write .*export\.json: the folder does not exist/);
    expect(fs.existsSync(path.dirname(file))).toBe(false);
  });

  it('refuses unknown formats and a missing file argument', async () => {
    expect((await runCarnet(['export', path.join(dir, 'x.txt'), '--format', 'xml', '--data', dir])).stderr).toMatch(/Unknown export format "xml"/);
    expect((await runCarnet(['export', '--data', dir])).stderr).toMatch(/Say where to write/);
  });
});

describe('carnet usage', () => {
  it('exits non-zero with usage on an unknown command, and zero on --help', async () => {
    const unknown = await runCarnet(['frobnicate', '--data', dir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"[\s\S]*Usage:/);
    const help = await runCarnet(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/carnet serve/);
  });

  it('refuses a flag that needs a value and a bad port', async () => {
    expect((await runCarnet(['contacts', 'list', '--data', dir, '--search'])).stderr).toMatch(/--search needs a value/);
    expect((await runCarnet(['serve', '--data', dir, '--port', 'abc'])).stderr).toMatch(/--port must be a number/);
  });
});
