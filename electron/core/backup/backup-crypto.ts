import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual, type CipherGCM, type DecipherGCM } from 'node:crypto';
import type { BackupEncryption } from './backup-format.ts';
import { deriveKey, SCRYPT_PARAMS, type ScryptParams } from './key-derivation.ts';

/**
 * Passphrase encryption for backups: AES-256-GCM under a key from scrypt with a random salt.
 * The passphrase and the key are never stored; the file keeps only what it takes to derive the
 * key again (salt, cost) and to tell a wrong passphrase from damage (keyCheck).
 */
const KEY_CHECK_TEXT = 'carnet backup key check v1';
export const MIN_PASSPHRASE_LENGTH = 8;

export type { ScryptParams };

function keyCheckOf(key: Buffer): Buffer {
  return createHmac('sha256', key).update(KEY_CHECK_TEXT).digest().subarray(0, 16);
}

/** Everything the encrypted payload is bound to besides the key (GCM additional data). */
function associatedData(salt: string, iv: string, params: ScryptParams): Buffer {
  return Buffer.from(`carnet-backup/1/aes-256-gcm/scrypt/${params.N}/${params.r}/${params.p}/${salt}/${iv}`, 'utf8');
}

export interface BackupEncryptor {
  cipher: CipherGCM;
  /** The manifest's encryption block; call after cipher.final() (it needs the tag). */
  describe(): BackupEncryption;
}

export async function createEncryptor(passphrase: string, params: ScryptParams = SCRYPT_PARAMS, signal?: AbortSignal): Promise<BackupEncryptor> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, params, signal);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const saltText = salt.toString('base64');
  const ivText = iv.toString('base64');
  cipher.setAAD(associatedData(saltText, ivText, params));
  const keyCheck = keyCheckOf(key).toString('base64');
  key.fill(0);
  return {
    cipher,
    describe: () => ({ cipher: 'aes-256-gcm', kdf: 'scrypt', ...params, salt: saltText, iv: ivText, tag: cipher.getAuthTag().toString('base64'), keyCheck }),
  };
}

/**
 * A decipher for the payload, or null when the passphrase is not the one the backup was made with.
 * Throws KeyDerivationRefused (before any work) for cost parameters Carnet does not accept.
 */
export async function createDecryptor(passphrase: string, encryption: BackupEncryption, signal?: AbortSignal): Promise<DecipherGCM | null> {
  const params = { N: encryption.N, r: encryption.r, p: encryption.p };
  const key = await deriveKey(passphrase, Buffer.from(encryption.salt, 'base64'), params, signal);
  try {
    const expected = Buffer.from(encryption.keyCheck, 'base64');
    const actual = keyCheckOf(key);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(encryption.iv, 'base64'));
    decipher.setAAD(associatedData(encryption.salt, encryption.iv, params));
    decipher.setAuthTag(Buffer.from(encryption.tag, 'base64'));
    return decipher;
  } finally {
    key.fill(0);
  }
}
