import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { coreMessage, type CoreText } from '../../../shared/messages/core-text.ts';

/**
 * The backup file layout (formats 1 and 2: the same bytes; format 2 adds the manifest MAC of an
 * encrypted backup). One file, readable front to back in one pass, written in one
 * pass (the checksum is only known at the end, so the manifest is a trailer):
 *
 *   HEADER   16 bytes  "Carnet backup v1" (ASCII, so `head -c16` says what the file is; it names
 *                      the layout, the same in format 2: the manifest's formatVersion tells them apart)
 *   PAYLOAD  n bytes   the SQLite database file, or its AES-256-GCM ciphertext
 *   MANIFEST m bytes   UTF-8 JSON (see manifestSchema)
 *   DIGEST   32 bytes  SHA-256 of the MANIFEST bytes
 *   LENGTH   4 bytes   m, big-endian
 *   END      8 bytes   "CBAKEND1"
 *
 * A file cut short anywhere loses the END marker, so truncation is told apart from damage.
 */
export const BACKUP_HEADER = Buffer.from('Carnet backup v1', 'ascii');
export const BACKUP_END_MARKER = Buffer.from('CBAKEND1', 'ascii');
/** 2: an encrypted backup's manifest carries an HMAC (encryption.manifestMac). 1 is still read. */
export const BACKUP_FORMAT_VERSION = 2;
/**
 * A plain backup is the same in both formats (no key, so no MAC): it is written as format 1, the
 * oldest format that holds it, so an older Carnet (on another computer) can still restore it.
 */
export const PLAIN_BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = '.carnetbackup';
/** DIGEST + LENGTH + END. */
export const TRAILER_FIXED_BYTES = 32 + 4 + BACKUP_END_MARKER.length;
/** A manifest is a few hundred bytes; anything past this is damage, not a manifest. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export const encryptionSchema = z.object({
  cipher: z.literal('aes-256-gcm'),
  kdf: z.literal('scrypt'),
  /** scrypt cost parameters, stored so later versions can raise them and still read old files. */
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  salt: z.string().min(1),
  iv: z.string().min(1),
  /** The GCM authentication tag (base64). */
  tag: z.string().min(1),
  /** HMAC of a fixed text under the derived key: tells a wrong passphrase from damage, up front. */
  keyCheck: z.string().min(1),
  /**
   * Format 2 on: HMAC-SHA256 (base64) over the whole manifest but this field, under a key derived
   * from the passphrase (see backup-crypto.ts). Absent in format 1.
   */
  manifestMac: z.string().min(1).optional(),
});
export type BackupEncryption = z.infer<typeof encryptionSchema>;

export const recordCountsSchema = z.object({
  contacts: z.number().int(),
  companies: z.number().int(),
  tags: z.number().int(),
  /** Contacts with notes. */
  notes: z.number().int(),
  trashed: z.number().int(),
  /** Live interactions and tasks (schema 6 on); absent from the manifests of older Carnet versions, read as 0. */
  interactions: z.number().int().default(0),
  tasks: z.number().int().default(0),
  /** Live purchases (schema 7 on); absent from older manifests, read as 0. */
  purchases: z.number().int().default(0),
  /** Rows per table, for a quick comparison after a restore. */
  tables: z.record(z.string(), z.number().int()),
});
export type RecordCounts = z.infer<typeof recordCountsSchema>;

export const manifestSchema = z.object({
  format: z.literal('carnet-backup'),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.string(),
  /** 'manual' (Back up now, the CLI) or 'auto' (the rotating local snapshots). */
  kind: z.enum(['manual', 'auto']),
  /** How the snapshot was taken: 'file-copy' (checkpointed copy) or 'backup-api'. */
  snapshotMethod: z.string(),
  counts: recordCountsSchema,
  payload: z.object({
    /** Bytes of PAYLOAD as stored (ciphertext when encrypted). */
    bytes: z.number().int().nonnegative(),
    /** SHA-256 (hex) of PAYLOAD as stored: checkable without the passphrase. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Bytes of the SQLite database itself. */
    databaseBytes: z.number().int().nonnegative(),
  }),
  encryption: encryptionSchema.nullable(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The fixed-size tail of a backup file, and the manifest it locates. */
export function encodeTrailer(manifest: BackupManifest): Buffer {
  const json = Buffer.from(JSON.stringify(manifest), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([json, sha256(json), length, BACKUP_END_MARKER]);
}

/** Why a file is not a usable backup, each with its own message (see backupProblemMessage). */
export type BackupProblem =
  | 'not_a_backup'
  | 'sqlite_database'
  | 'truncated'
  | 'damaged'
  | 'not_carnet_database'
  | 'too_new'
  | 'needs_passphrase'
  | 'wrong_passphrase'
  | 'unreadable';

export class BackupFileError extends Error {
  /** The sentence as a core message: English in `message`, said in the interface language by the renderer. */
  readonly said: CoreText;

  constructor(
    readonly problem: BackupProblem,
    said: CoreText,
  ) {
    super(said.text);
    this.name = 'BackupFileError';
    this.said = said;
  }
}

export interface BackupLayout {
  manifest: BackupManifest;
  /** The manifest as parsed, before the schema dropped anything: what its MAC covers. */
  rawManifest: unknown;
  fileBytes: number;
  payloadOffset: number;
  payloadBytes: number;
}

/** Reads only the header and the trailer: cheap enough to list a folder of big backups. */
export async function readBackupLayout(handle: FileHandle, fileName: string): Promise<BackupLayout> {
  const { size } = await handle.stat();
  const head = Buffer.alloc(Math.min(size, BACKUP_HEADER.length));
  await handle.read(head, 0, head.length, 0);
  if (!head.equals(BACKUP_HEADER.subarray(0, head.length)) || size === 0) {
    if (size === 0) throw new BackupFileError('truncated', coreMessage('backup.empty', { fileName }));
    if (head.equals(SQLITE_MAGIC)) {
      throw new BackupFileError('sqlite_database', coreMessage('backup.bareSqlite', { fileName }));
    }
    throw new BackupFileError('not_a_backup', coreMessage('backup.notBackup', { fileName }));
  }
  const minimum = BACKUP_HEADER.length + TRAILER_FIXED_BYTES;
  const tail = Buffer.alloc(Math.min(size, TRAILER_FIXED_BYTES));
  if (size >= minimum) await handle.read(tail, 0, tail.length, size - tail.length);
  if (size < minimum || !tail.subarray(tail.length - BACKUP_END_MARKER.length).equals(BACKUP_END_MARKER)) {
    throw new BackupFileError('truncated', coreMessage('backup.incomplete', { fileName, bytes: size }));
  }
  const manifestBytes = tail.readUInt32BE(32);
  const manifestOffset = size - TRAILER_FIXED_BYTES - manifestBytes;
  if (manifestBytes === 0 || manifestBytes > MAX_MANIFEST_BYTES || manifestOffset < BACKUP_HEADER.length) {
    throw new BackupFileError('damaged', coreMessage('backup.manifestLength', { fileName }));
  }
  const json = Buffer.alloc(manifestBytes);
  await handle.read(json, 0, manifestBytes, manifestOffset);
  if (!sha256(json).equals(tail.subarray(0, 32))) {
    throw new BackupFileError('damaged', coreMessage('backup.manifestChecksum', { fileName }));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json.toString('utf8'));
  } catch {
    throw new BackupFileError('damaged', coreMessage('backup.manifestUnreadable', { fileName }));
  }
  const version = (raw as { formatVersion?: unknown })?.formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw new BackupFileError('too_new', coreMessage('backup.formatTooNew', { fileName, format: version }));
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.');
    throw new BackupFileError('damaged', coreMessage('backup.manifestMalformed', { fileName, where: where || 'none' }));
  }
  const payloadOffset = BACKUP_HEADER.length;
  const payloadBytes = manifestOffset - payloadOffset;
  if (payloadBytes !== parsed.data.payload.bytes) {
    throw new BackupFileError('damaged', coreMessage('backup.payloadSize', { fileName, bytes: payloadBytes, expected: parsed.data.payload.bytes }));
  }
  return { manifest: parsed.data, rawManifest: raw, fileBytes: size, payloadOffset, payloadBytes };
}

function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}
