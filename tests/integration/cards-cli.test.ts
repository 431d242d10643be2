import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function cli(args: string[]) {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  const out: string[] = [];
  const err: string[] = [];
  const { code } = await runCli([...args, '--data', dir], { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} });
  return { code, out: out.join(''), err: err.join('') };
}

describe('carnet import with vCards and card images', () => {
  it('--json reports the fields read from a card image, and the vCard errors by line', async () => {
    const { code, out } = await cli(['import', path.join(fixtures, 'cards/dark-background.jpg'), path.join(fixtures, 'vcard/android-apple-mixed.vcf'), '--json', '--dry-run']);
    expect(code).toBe(0);
    const [image, vcard] = JSON.parse(out) as [Record<string, unknown>, Record<string, unknown>];
    expect(image).toMatchObject({ dryRun: true, created: 1, extracted: [{ fields: { firstName: 'Daniel', lastName: 'Kowalski' }, confidence: { firstName: expect.any(Number) } }] });
    expect(vcard).toMatchObject({ dryRun: true, created: 2, errors: [{ line: 15 }] });
    expect(vcard).not.toHaveProperty('extracted');
  }, 60_000);
});
