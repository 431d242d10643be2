// The schema's own write floor for the import benchmark: the exact INSERT statements `carnet
// import` runs for the new contacts (contact rows, details, tags, search index), with every
// parameter worked out beforehand, replayed and committed. Nothing but SQLite's own work is timed,
// so no import code can be faster than this on the same tables and indexes. Run as a child
// process: `node --import tsx bench/schema-write-floor.ts CSV DATA_DIR [--without-search-index]`.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openCsv } from '../electron/core/import/csv/csv-reader.ts';
import { BulkInserter } from '../electron/core/import/pipeline/bulk-insert.ts';
import { Matcher } from '../electron/core/import/pipeline/match.ts';
import { planImport } from '../electron/core/import/pipeline/plan.ts';

type Recorded = [BetterSqlite3.Statement, unknown[]];

/**
 * A connection whose prepared statements log each run, for BulkInserter (it only calls prepare;
 * its reads, such as the id check, use get, all and pluck, which are passed through unlogged).
 */
function recordingConnection(sqlite: BetterSqlite3.Database, log: Recorded[]): BetterSqlite3.Database {
  return {
    prepare(source: string) {
      const statement = sqlite.prepare(source);
      const recording = {
        run: (...params: unknown[]) => {
          log.push([statement, params]);
          return statement.run(...params);
        },
        get: (...params: unknown[]) => statement.get(...params),
        all: (...params: unknown[]) => statement.all(...params),
        pluck: (toggle?: boolean) => {
          statement.pluck(toggle ?? true);
          return recording;
        },
      };
      return recording;
    },
  } as unknown as BetterSqlite3.Database;
}

export async function measureSchemaWriteFloor(csvFile: string, dataDir: string, withoutSearchIndex: boolean): Promise<{ seconds: number; statements: number }> {
  const sqlite = new BetterSqlite3(path.join(dataDir, 'carnet.sqlite'));
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('cache_size = -131072'); // as the import sets it
    const parsed = openCsv(fs.readFileSync(csvFile), path.basename(csvFile)).records({});
    sqlite.exec('BEGIN');
    sqlite.prepare("INSERT INTO import_batches (id, source, created_at) VALUES ('floor', 'csv', '2026-01-01T00:00:00Z')").run();
    const matcher = new Matcher(sqlite, 'FR');
    const plan = await planImport(sqlite, parsed.records, matcher, { onDuplicate: 'update', country: 'FR', defaultCountry: 'FR', rowChoices: new Map(), keepRows: false, step: async () => {} });
    // Record the statements in a savepoint (the contact rows must really exist for rowids and
    // company cards), roll it back, then replay them: only the replay and the commit are timed.
    const log: Recorded[] = [];
    const inserter = new BulkInserter(recordingConnection(sqlite, log), { phones: matcher.phones, companies: matcher.companies, source: 'csv', batchId: 'floor', now: '2026-01-01T00:00:00Z' });
    sqlite.exec('SAVEPOINT record');
    for (const planned of plan.creates) inserter.create(planned.fields, planned.customFields);
    sqlite.exec('ROLLBACK TO record');
    sqlite.exec('RELEASE record');
    const statements = withoutSearchIndex ? log.filter(([statement]) => !statement.source.includes('contacts_fts')) : log;
    const start = process.hrtime.bigint();
    for (const [statement, params] of statements) statement.run(...params);
    sqlite.exec('COMMIT');
    return { seconds: Number(process.hrtime.bigint() - start) / 1e9, statements: statements.length };
  } finally {
    sqlite.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [csvFile, dataDir] = process.argv.slice(2);
  const result = await measureSchemaWriteFloor(csvFile!, dataDir!, process.argv.includes('--without-search-index'));
  console.log(JSON.stringify(result));
}
