import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { runCarnet } from '../helpers/run-cli.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('custom fields from an import', () => {
  it('are shown on the contact, survive an edit, and are exported', async () => {
    const csv = path.join(dir, 'customers.csv');
    fs.writeFileSync(csv, 'First Name,Last Name,E-mail Address,Shoe size\r\nAna,Pérez,ana@example.es,38\r\n');
    const imported = await runCarnet(['import', csv, '--data', dir, '--json']);
    expect(imported.code, imported.stderr).toBe(0);

    const core = await createCore({ dataDir: dir, autoBackup: { enabled: false } });
    try {
      const [row] = (await core.call('contacts.list', { search: 'ana' })).items;
      const ana = await core.call('contacts.get', { id: row!.id });
      expect(ana.customFields).toEqual([{ label: 'Shoe size', value: '38' }]);
      const edited = await core.call('contacts.update', { id: ana.id, fields: { firstName: 'Ana', lastName: 'Pérez Gil', emails: ana.emails } });
      expect(edited.customFields).toEqual([{ label: 'Shoe size', value: '38' }]);
    } finally {
      await core.close();
    }
    const file = path.join(dir, 'export.json');
    expect((await runCarnet(['export', file, '--format', 'json', '--data', dir])).code).toBe(0);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported.contacts[0].customFields).toEqual([{ label: 'Shoe size', value: '38' }]);
  });

  it('can be set when a contact is created, edited, emptied, and are checked like any input', async () => {
    const core = await createCore({ dataDir: dir, autoBackup: { enabled: false } });
    try {
      const created = await core.call('contacts.create', { firstName: 'Léa', customFields: [{ label: ' Customer number ', value: 'C-1042' }, { label: 'Spouse', value: '' }] });
      expect(created.customFields).toEqual([{ label: 'Customer number', value: 'C-1042' }]);

      const edited = await core.call('contacts.update', { id: created.id, fields: { firstName: 'Léa', customFields: [{ label: 'Spouse', value: 'Théo' }, { label: 'Customer number', value: 'C-1043' }] } });
      expect(edited.customFields).toEqual([{ label: 'Spouse', value: 'Théo' }, { label: 'Customer number', value: 'C-1043' }]);

      await expect(core.call('contacts.update', { id: created.id, fields: { firstName: 'Léa', customFields: [{ label: '', value: 'orphan' }] } })).rejects.toMatchObject({
        code: 'invalid_input',
        issues: [expect.objectContaining({ path: 'fields.customFields.0.label', message: 'Give this field a name' })],
      });
      expect((await core.call('contacts.get', { id: created.id })).customFields).toHaveLength(2); // the refused update changed nothing

      const emptied = await core.call('contacts.update', { id: created.id, fields: { firstName: 'Léa', customFields: [] } });
      expect(emptied.customFields).toEqual([]);
    } finally {
      await core.close();
    }
  });

  it('a contact an import made with many long custom fields can be saved from the editor as it is', async () => {
    const core = await createCore({ dataDir: dir, autoBackup: { enabled: false } });
    try {
      const columns = Array.from({ length: 120 }, (_, i) => `Extra ${i + 1}`);
      const long = 'é'.repeat(150_000);
      const csv = `First Name,${columns.join(',')}\r\nAna,${columns.map((_, i) => (i === 0 ? long : `v${i}`)).join(',')}\r\n`;
      const analyzed = await core.call('import.analyze', { fileName: 'wide.csv', data: Buffer.from(csv).toString('base64') });
      const summary = await core.call('import.commit', { sourceId: analyzed.sourceId });
      expect(summary.created).toBe(1);
      const [row] = (await core.call('contacts.list', { search: 'ana' })).items;
      const ana = await core.call('contacts.get', { id: row!.id });
      expect(ana.customFields).toHaveLength(120);
      expect(ana.customFields[0]!.value).toHaveLength(100_000); // cut at the contract's bound, as notes are
      // What the editor sends back unchanged is accepted.
      const saved = await core.call('contacts.update', { id: ana.id, fields: { firstName: 'Ana', lastName: 'Pérez', customFields: ana.customFields } });
      expect(saved.customFields).toEqual(ana.customFields);
    } finally {
      await core.close();
    }
  });
});
