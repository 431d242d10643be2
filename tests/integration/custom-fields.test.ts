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
});
