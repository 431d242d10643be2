import { z } from 'zod';
import { coreTextSchema } from '../messages/core-text.ts';

/** A folder the user typed or pasted (a USB stick, a network share): checked by the core. */
const folderInput = z.string().trim().min(1, 'Choose a folder').max(4096);
const filePathInput = z.string().trim().min(1, 'Choose a backup file').max(4096);
/** Optional: progress events for this job carry this id. */
const jobIdInput = z.string().max(100).optional();
const passphraseInput = z.string().max(1024).nullable().default(null);

export const BACKUP_MIN_PASSPHRASE_LENGTH = 8;

export const backupCountsSchema = z.object({
  contacts: z.number().int(),
  companies: z.number().int(),
  tags: z.number().int(),
  notes: z.number().int(),
  /** Live interactions and tasks; 0 for backups made before Carnet had them. */
  interactions: z.number().int(),
  tasks: z.number().int(),
  /** Live purchases; 0 for backups made before Carnet had them. */
  purchases: z.number().int(),
});

/** One backup file found in a folder (from its manifest only; `problem` when it cannot be read). */
export const backupEntrySchema = z.object({
  path: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
  kind: z.enum(['manual', 'auto']),
  createdAt: z.string().nullable(),
  appVersion: z.string().nullable(),
  schemaVersion: z.number().int().nullable(),
  encrypted: z.boolean(),
  counts: backupCountsSchema.nullable(),
  /** Why the file cannot be used (incomplete, damaged, made by a newer Carnet), or null. */
  problem: z.string().nullable(),
  /** `problem` as a core message, for the renderer to say in the interface language (absent from older cores). */
  problemSaid: coreTextSchema.nullable().optional(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const lastBackupSchema = z.object({
  path: z.string(),
  folder: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
  encrypted: z.boolean(),
});

export const backupStatusSchema = z.object({
  /** The folder last used for "Back up now" (remembered across sessions), or null. */
  folder: z.string().nullable(),
  last: lastBackupSchema.nullable(),
  /** Where the automatic snapshots live (inside the data folder). */
  autoFolder: z.string(),
  /** Set after a restore, until it is undone or another restore replaces it. */
  undo: z.object({ restoredFrom: z.string(), restoredAt: z.string() }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const verifyResultSchema = z.object({
  ok: z.boolean(),
  /** Stable reason when not ok: not_a_backup, sqlite_database, truncated, damaged, not_carnet_database, too_new, needs_passphrase, wrong_passphrase, unreadable. */
  problem: z.string().nullable(),
  /** The result in one sentence, in English (what the CLI prints). */
  message: z.string(),
  /** `message` as a core message, for the renderer to say in the interface language (absent from older cores). */
  said: coreTextSchema.optional(),
  /** False when the file is intact but was made by a newer Carnet. */
  restorable: z.boolean(),
  /**
   * An intact encrypted backup: true when its manifest (dates, versions, kind, counts) is
   * authenticated (backup format 2), false for format 1, which had no manifest MAC. Null for a
   * plain backup (no key to authenticate with) and when the check failed.
   */
  manifestAuthenticated: z.boolean().nullable(),
  entry: backupEntrySchema.nullable(),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;

export const backupContract = {
  'backup.status': { input: z.object({}).default({}), output: backupStatusSchema },
  /** Checks and remembers the folder for "Back up now". */
  'backup.setFolder': { input: z.object({ folder: folderInput }), output: backupStatusSchema },
  'backup.create': {
    input: z.object({
      folder: folderInput,
      passphrase: z.string().min(BACKUP_MIN_PASSPHRASE_LENGTH, `Use a passphrase of at least ${BACKUP_MIN_PASSPHRASE_LENGTH} characters`).max(1024).nullable().default(null),
      jobId: jobIdInput,
    }),
    output: backupEntrySchema,
  },
  /** Backups in a folder, newest first. Reads only each file's manifest. */
  'backup.list': { input: z.object({ folder: folderInput }), output: z.object({ folder: z.string(), backups: z.array(backupEntrySchema) }) },
  /** The automatic snapshots in the data folder, newest first. */
  'backup.listAuto': { input: z.object({}).default({}), output: z.object({ folder: z.string(), backups: z.array(backupEntrySchema) }) },
  'backup.verify': { input: z.object({ path: filePathInput, passphrase: passphraseInput, jobId: jobIdInput }), output: verifyResultSchema },
  'backup.restore': {
    input: z.object({ path: filePathInput, passphrase: passphraseInput, jobId: jobIdInput }),
    output: z.object({ restoredFrom: z.string(), counts: backupCountsSchema, migratedFrom: z.number().int().nullable() }),
  },
  'backup.undoRestore': { input: z.object({}).default({}), output: z.object({ restoredFrom: z.string() }) },
  /** Stops the job with this id (a backup, a check, or a restore before it changes anything). */
  'backup.cancel': { input: z.object({ jobId: z.string().min(1).max(100) }), output: z.object({ cancelled: z.boolean() }) },
} as const;
