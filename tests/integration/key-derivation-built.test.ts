import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveKey } from '../../electron/core/backup/key-derivation.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const out = makeTempDir('carnet-built-');
afterAll(() => out.cleanup());

describe('the key-derivation worker in the built app', () => {
  it('is built beside the main bundle and used from there', async () => {
    // The real build script, into a scratch folder.
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-electron.mjs')], { cwd: repoRoot, env: { ...process.env, CARNET_ELECTRON_OUT: out.dir }, stdio: 'pipe' });
    expect(fs.existsSync(path.join(out.dir, 'key-derivation-worker.js'))).toBe(true);
    expect(fs.readFileSync(path.join(out.dir, 'main.mjs'), 'utf8')).toContain('./key-derivation-worker.js');

    // A bundle that derives a key, placed beside the built workers as main.mjs is.
    const entry = path.join(out.dir, 'derive-key-entry.mjs');
    await build({ entryPoints: [path.join(repoRoot, 'tests/fixtures/workers/derive-key-entry.ts')], outfile: entry, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning', external: ['better-sqlite3'] });
    const result = JSON.parse(execFileSync(process.execPath, [entry], { encoding: 'utf8' })) as { key: string; counts: { worker: number; inline: number } };
    expect(result.counts).toEqual({ worker: 1, inline: 0 });
    const expected = await deriveKey('passphrase', Buffer.alloc(16, 7), { N: 1024, r: 8, p: 1 });
    expect(result.key).toBe(expected.toString('hex'));
  }, 120_000);
});
