import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { repoRoot } from '../helpers/import-helpers.ts';

let temp: { dir: string; cleanup: () => void } | null = null;
afterEach(() => temp?.cleanup());

describe('a killed import', () => {
  it('leaves the database exactly as before', async () => {
    temp = makeTempDir('carnet-import-kill-');
    const dataDir = path.join(temp.dir, 'data');
    const core = await createCore({ dataDir, locale: 'fr-FR', autoBackup: { enabled: false } });
    await core.call('contacts.create', { firstName: 'Kept', emails: [{ value: 'kept@example.com' }] });
    const snapshot = () => {
      const sqlite = core.context.database.sqlite;
      return ['contacts', 'contact_emails', 'contact_phones', 'contacts_fts', 'import_batches', 'tags'].map((table) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
    };
    const before = snapshot();
    await core.close();

    const csvFile = path.join(temp.dir, 'big.csv');
    const rows = Array.from({ length: 5000 }, (_, i) => `Person ${i},p${i}@example.com,06 00 00 ${String(i % 100).padStart(2, '0')} 00,VIP`);
    fs.writeFileSync(csvFile, `Name,Email,Phone,Categories\n${rows.join('\n')}\n`);

    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests', 'helpers', 'import-kill-child.ts'), dataDir, csvFile], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const said = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('mid-import') || out.includes('finished')) resolve(out);
      });
      child.once('exit', () => resolve(out));
    });
    expect(said, stderr).toContain('mid-import');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const reopened = await createCore({ dataDir, locale: 'fr-FR', autoBackup: { enabled: false } });
    try {
      const sqlite = reopened.context.database.sqlite;
      expect((sqlite.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
      const after = ['contacts', 'contact_emails', 'contact_phones', 'contacts_fts', 'import_batches', 'tags'].map((table) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
      expect(after).toEqual(before);
      expect((await reopened.call('contacts.list', { search: 'Person' })).total).toBe(0);
    } finally {
      await reopened.close();
    }
  });
});
