import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual, type CipherGCM, type DecipherGCM } from 'node:crypto';
import { BACKUP_FORMAT_VERSION, type BackupEncryption, type BackupManifest } from './backup-format.ts';
import { deriveKey, SCRYPT_PARAMS, type ScryptParams } from './key-derivation.ts';

/**
 * Passphrase encryption for backups: AES-256-GCM under a key from scrypt with a random salt.
 * The passphrase and the key are never stored; the file keeps only what it takes to derive the
 * key again (salt, cost) and to tell a wrong passphrase from damage (keyCheck).
 *
 * From backup format 2 the manifest is authenticated too: an HMAC-SHA256 over all of it but the
 * MAC itself (`encryption.manifestMac`), under a subkey derived from the scrypt key with HKDF.
 * GCM's additional data cannot do this: the manifest holds the GCM tag and the payload's digest,
 * known only once the payload is encrypted. The format version is bound into GCM's additional
 * data, so a format-2 file relabelled format 1 (to drop its MAC) fails to decrypt.
 */
const KEY_CHECK_TEXT = 'carnet backup key check v1';
const MANIFEST_MAC_INFO = 'carnet backup manifest mac v2';
/** The first backup format whose manifest is authenticated. */
export const AUTHENTICATED_MANIFEST_FORMAT = 2;
export const MIN_PASSPHRASE_LENGTH = 8;

export type { ScryptParams };

function keyCheckOf(key: Buffer): Buffer {
  return createHmac('sha256', key).update(KEY_CHECK_TEXT).digest().subarray(0, 16);
}

/** Everything the encrypted payload is bound to besides the key (GCM additional data). */
function associatedData(formatVersion: number, salt: string, iv: string, params: ScryptParams): Buffer {
  return Buffer.from(`carnet-backup/${formatVersion}/aes-256-gcm/scrypt/${params.N}/${params.r}/${params.p}/${salt}/${iv}`, 'utf8');
}

function manifestMacKey(key: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), MANIFEST_MAC_INFO, 32));
}

/**
 * The bytes the manifest MAC covers: the manifest as JSON with `encryption.manifestMac` left out,
 * everything else (unknown fields included) in the order it was written. Reading the JSON back
 * and writing it again gives the same text (it holds only strings, integers and null), so the
 * writer's object and the reader's parsed copy give the same bytes.
 */
function manifestMacInput(manifest: unknown): Buffer {
  const copy = JSON.parse(JSON.stringify(manifest)) as { encryption?: { manifestMac?: unknown } | null };
  if (copy.encryption && typeof copy.encryption === 'object') delete copy.encryption.manifestMac;
  return Buffer.from(`${MANIFEST_MAC_INFO}\n${JSON.stringify(copy)}`, 'utf8');
}

function macOf(macKey: Buffer, manifest: unknown): Buffer {
  return createHmac('sha256', macKey).update(manifestMacInput(manifest)).digest();
}

export interface BackupEncryptor {
  cipher: CipherGCM;
  /**
   * The manifest with its encryption block (call after cipher.final(): it needs the tag) and the
   * MAC over all of it. Call once: the MAC key is wiped afterwards.
   */
  seal(manifest: Omit<BackupManifest, 'encryption'>): BackupManifest;
}

export async function createEncryptor(passphrase: string, params: ScryptParams = SCRYPT_PARAMS, signal?: AbortSignal): Promise<BackupEncryptor> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, params, signal);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const saltText = salt.toString('base64');
  const ivText = iv.toString('base64');
  cipher.setAAD(associatedData(BACKUP_FORMAT_VERSION, saltText, ivText, params));
  const keyCheck = keyCheckOf(key).toString('base64');
  const macKey = manifestMacKey(key);
  key.fill(0);
  return {
    cipher,
    seal(manifest) {
      const encryption: BackupEncryption = { cipher: 'aes-256-gcm', kdf: 'scrypt', ...params, salt: saltText, iv: ivText, tag: cipher.getAuthTag().toString('base64'), keyCheck };
      const unsealed = { ...manifest, formatVersion: BACKUP_FORMAT_VERSION, encryption };
      const manifestMac = macOf(macKey, unsealed).toString('base64');
      macKey.fill(0);
      return { ...unsealed, encryption: { ...encryption, manifestMac } };
    },
  };
}

/**
 * What the manifest's MAC says: `authenticated` (format 2, it matches), `not_authenticated`
 * (format 1 had none), `altered` (missing, or it does not match: something in the manifest was
 * changed after the backup was made).
 */
export type ManifestCheck = 'authenticated' | 'not_authenticated' | 'altered';

export interface BackupDecryptor {
  decipher: DecipherGCM;
  manifest: ManifestCheck;
}

/**
 * A decipher for the payload and the manifest's check, or null when the passphrase is not the one
 * the backup was made with. `rawManifest` is the manifest as parsed from the file (unknown fields
 * kept: they are covered by the MAC). Throws KeyDerivationRefused (before any work) for cost
 * parameters Carnet does not accept.
 */
export async function createDecryptor(passphrase: string, manifest: BackupManifest, rawManifest: unknown, signal?: AbortSignal): Promise<BackupDecryptor | null> {
  const encryption = manifest.encryption!;
  const params = { N: encryption.N, r: encryption.r, p: encryption.p };
  const key = await deriveKey(passphrase, Buffer.from(encryption.salt, 'base64'), params, signal);
  try {
    const expected = Buffer.from(encryption.keyCheck, 'base64');
    const actual = keyCheckOf(key);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(encryption.iv, 'base64'));
    decipher.setAAD(associatedData(manifest.formatVersion, encryption.salt, encryption.iv, params));
    decipher.setAuthTag(Buffer.from(encryption.tag, 'base64'));
    return { decipher, manifest: checkManifest(key, manifest, rawManifest) };
  } finally {
    key.fill(0);
  }
}

function checkManifest(key: Buffer, manifest: BackupManifest, rawManifest: unknown): ManifestCheck {
  if (manifest.formatVersion < AUTHENTICATED_MANIFEST_FORMAT) return 'not_authenticated';
  const stored = manifest.encryption?.manifestMac;
  if (!stored) return 'altered';
  const macKey = manifestMacKey(key);
  try {
    const expected = macOf(macKey, rawManifest);
    const found = Buffer.from(stored, 'base64');
    return found.length === expected.length && timingSafeEqual(found, expected) ? 'authenticated' : 'altered';
  } finally {
    macKey.fill(0);
  }
}
