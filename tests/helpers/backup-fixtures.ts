import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { createBackup, type CreateBackupOptions, type CreatedBackup } from '../../electron/core/backup/create-backup.ts';
import { BACKUP_HEADER, encodeTrailer, TRAILER_FIXED_BYTES, type BackupManifest } from '../../electron/core/backup/backup-format.ts';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/core/core.ts';
import { buildJsonExport } from '../../electron/core/export/json-export.ts';

/** A small but varied database: people, companies, tags, notes, several emails/phones/addresses. */
export async function seedContacts(core: Core): Promise<void> {
  await core.call('contacts.create', {
    firstName: 'François',
    lastName: 'Lefèvre',
    company: 'Boulangerie Lefèvre',
    title: 'Gérant',
    emails: [{ label: 'work', value: 'francois@lefevre.fr' }, { label: 'home', value: 'f.lefevre@example.fr' }],
    phones: [{ label: 'mobile', value: '06 12 34 56 78' }],
    addresses: [{ label: 'shop', street: '3 rue du Four', city: 'Lyon', postalCode: '69002', country: 'France' }],
    birthday: '--04-12',
    tags: ['VIP', 'bakery'],
    notes: 'Prefers calls in the morning.\nSecond line: croissants.',
  });
  await core.call('contacts.create', { firstName: 'Ana', lastName: 'Pérez', company: 'Acme', emails: [{ value: 'ana@acme.example' }], tags: ['VIP'] });
  await core.call('contacts.create', { kind: 'company', company: 'Initech', notes: 'Supplier since 2019', websites: [{ value: 'https://initech.example' }] });
  await core.call('contacts.create', { firstName: 'Юрий', lastName: 'Гагарин', phones: [{ value: '+7 495 123-45-67' }], tags: ['space'] });
}

/** The JSON export without its timestamp: equal for equal data. */
export async function exportedData(core: Core): Promise<unknown> {
  const { exportedAt: _exportedAt, ...rest } = await buildJsonExport(core.context);
  return rest;
}

export function filesIn(folder: string): string[] {
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
}

export function onlyBackup(folder: string): string {
  const names = filesIn(folder).filter((name) => name.endsWith('.carnetbackup'));
  if (names.length !== 1) throw new Error(`expected one backup in ${folder}, found ${names.join(', ') || 'none'}`);
  return path.join(folder, names[0]!);
}


/** Cheap scrypt for tests (the real cost is measured by the bench, not here). */
export const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };

/** createBackup straight on a core's live database. */
export function backupOf(core: Core, dataDir: string, folder: string, extra: Partial<CreateBackupOptions> = {}): Promise<CreatedBackup> {
  const { sqlite, path: livePath } = core.context.database;
  return createBackup({ live: sqlite, livePath, dataDir, folder, appVersion: 'test', kind: 'manual', scryptParams: TEST_SCRYPT, ...extra });
}

/** The manifest and payload of a backup file, split apart (for crafting damaged or odd files). */
export function splitBackup(filePath: string): { manifest: BackupManifest; payload: Buffer } {
  const bytes = fs.readFileSync(filePath);
  const manifestLength = bytes.readUInt32BE(bytes.length - 12);
  const manifestStart = bytes.length - TRAILER_FIXED_BYTES - manifestLength;
  return {
    manifest: JSON.parse(bytes.subarray(manifestStart, manifestStart + manifestLength).toString('utf8')) as BackupManifest,
    payload: bytes.subarray(BACKUP_HEADER.length, manifestStart),
  };
}

/** Writes a well-formed backup file (fresh checksums) around a given payload and manifest. */
export function writeCraftedBackup(filePath: string, manifest: BackupManifest, payload: Buffer): void {
  const sha256 = createHash('sha256').update(payload).digest('hex');
  const fixed = { ...manifest, payload: { ...manifest.payload, bytes: payload.length, sha256 } };
  fs.writeFileSync(filePath, Buffer.concat([BACKUP_HEADER, payload, encodeTrailer(fixed)]));
}

/** A copy of a plain backup whose database has a different user_version (an older or newer Carnet). */
export function withSchemaVersion(source: string, target: string, version: number, workDir: string): void {
  const { manifest, payload } = splitBackup(source);
  const dbFile = path.join(workDir, `schema-${version}.sqlite`);
  fs.writeFileSync(dbFile, payload);
  const sqlite = new BetterSqlite3(dbFile);
  sqlite.pragma(`user_version = ${version}`);
  sqlite.pragma('journal_mode = DELETE');
  sqlite.close();
  writeCraftedBackup(target, { ...manifest, schemaVersion: version }, fs.readFileSync(dbFile));
}

export function flipByte(filePath: string, offset: number): void {
  const bytes = fs.readFileSync(filePath);
  const at = offset < 0 ? bytes.length + offset : offset;
  bytes[at] = bytes[at]! ^ 0xff;
  fs.writeFileSync(filePath, bytes);
}

/** The live database's integrity and content, to show a failed operation did not touch it. */
export async function liveState(core: Core): Promise<{ integrity: unknown; data: unknown }> {
  return { integrity: core.context.database.sqlite.pragma('quick_check', { simple: true }), data: await exportedData(core) };
}
