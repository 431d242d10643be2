import { describe, expect, it } from 'vitest';
import { deriveKey, keyDerivationCounts, KeyDerivationRefused, SCRYPT_PARAMS, scryptParamsProblem } from '../../electron/core/backup/key-derivation.ts';
import { ABSURD_SCRYPT } from '../helpers/crafted-backups.ts';

const SALT = Buffer.alloc(16, 7);
const CHEAP = { N: 1024, r: 8, p: 1 };

describe('scrypt parameters from a backup file', () => {
  it('accepts what Carnet writes, and the cheaper N tests use', () => {
    expect(scryptParamsProblem(SCRYPT_PARAMS)).toBeNull();
    expect(scryptParamsProblem(CHEAP)).toBeNull();
  });

  for (const [what, params] of Object.entries(ABSURD_SCRYPT)) {
    it(`refuses ${what} before deriving anything`, async () => {
      expect(scryptParamsProblem(params)).toMatch(/not ones Carnet uses/);
      const before = keyDerivationCounts();
      const error = await deriveKey('passphrase', SALT, params, new AbortController().signal).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KeyDerivationRefused);
      expect(keyDerivationCounts()).toEqual(before);
    });
  }

  it('refuses values of the wrong type (the manifest is JSON)', () => {
    expect(scryptParamsProblem({ N: '1024', r: 8, p: 1 })).toMatch(/N=1024/);
    expect(scryptParamsProblem({ N: 1024, r: null, p: 1 })).not.toBeNull();
  });
});

describe('deriving a key', () => {
  it('gives the same key in the worker thread and on the thread pool', async () => {
    const before = keyDerivationCounts().worker;
    const inWorker = await deriveKey('pässphrase', SALT, CHEAP, new AbortController().signal);
    const onPool = await deriveKey('pa\u0308ssphrase', SALT, CHEAP); // the same text, not NFC-composed
    expect(inWorker).toHaveLength(32);
    expect(inWorker.equals(onPool)).toBe(true);
    expect(keyDerivationCounts().worker).toBe(before + 1);
  }, 30_000);

  it('is answered "cancelled" at once when Cancel is pressed, and the next one works', async () => {
    const controller = new AbortController();
    const derivation = deriveKey('passphrase', SALT, SCRYPT_PARAMS, controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expect(derivation).rejects.toMatchObject({ code: 'cancelled' });
    const key = await deriveKey('passphrase', SALT, CHEAP, new AbortController().signal);
    expect(key.equals(await deriveKey('passphrase', SALT, CHEAP))).toBe(true);
  }, 30_000);
});
