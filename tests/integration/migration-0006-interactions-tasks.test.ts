import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const now = '2026-12-05T09:00:00.000Z';

describe('migration 0006: interactions, tasks and keep-in-touch', () => {
  it('keeps every contact, never contacted, and adds the new tables with their rules', async () => {
    const file = path.join(dir, 'carnet.sqlite');
    const older = await openDatabase(file, { migrations: migrations.slice(0, 5) });
    await sql`INSERT INTO contacts (id, kind, display_name, sort_key, created_at, updated_at) VALUES ('ana', 'person', 'Ana', 'ana', ${now}, ${now}), ('bo', 'person', 'Bo', 'bo', ${now}, ${now})`.execute(older.db);
    await older.close();

    const current = await openDatabase(file, { migrations: migrations.slice(0, 6) });
    expect(current.schemaVersion).toBe(6);
    const run = (text: string, ...params: unknown[]) => current.sqlite.prepare(text).run(...params);
    expect(current.sqlite.prepare('SELECT id, last_contacted_at, keep_in_touch FROM contacts ORDER BY id').all()).toEqual([
      { id: 'ana', last_contacted_at: null, keep_in_touch: null },
      { id: 'bo', last_contacted_at: null, keep_in_touch: null },
    ]);

    run(`INSERT INTO interactions (id, type, direction, occurred_at, subject, body, created_at, updated_at) VALUES ('i1', 'meeting', NULL, ?, 'Quote', 'Kitchen plans', ?, ?)`, now, now, now);
    const num = (current.sqlite.prepare("SELECT num FROM interactions WHERE id = 'i1'").get() as { num: number }).num;
    run('INSERT INTO interactions_fts (rowid, subject, body) VALUES (?, ?, ?)', num, 'Quote', 'Kitchen plans');
    run("INSERT INTO interaction_contacts (interaction_id, contact_id, occurred_at, counts) VALUES ('i1', 'ana', ?, 1), ('i1', 'bo', ?, 1)", now, now);
    expect(() => run(`INSERT INTO interactions (id, type, occurred_at, created_at, updated_at) VALUES ('bad', 'fax', ?, ?, ?)`, now, now, now)).toThrow(/CHECK/);
    expect(() => run(`INSERT INTO interactions (id, type, direction, occurred_at, created_at, updated_at) VALUES ('bad', 'call', 'sideways', ?, ?, ?)`, now, now, now)).toThrow(/CHECK/);
    expect(() => run("UPDATE contacts SET keep_in_touch = 'weekly' WHERE id = 'ana'")).toThrow(/CHECK/);
    run("UPDATE contacts SET keep_in_touch = '1m', keep_in_touch_since = '2026-12-05' WHERE id = 'ana'");

    // A person deleted for good leaves the meeting on the other person's timeline.
    run("DELETE FROM contacts WHERE id = 'bo'");
    expect(current.sqlite.prepare('SELECT contact_id FROM interaction_contacts').all()).toEqual([{ contact_id: 'ana' }]);
    // The interaction deleted for good takes its search row with it.
    run("DELETE FROM interactions WHERE id = 'i1'");
    expect(current.sqlite.prepare('SELECT count(*) AS n FROM interactions_fts').get()).toEqual({ n: 0 });
    expect(current.sqlite.prepare('SELECT count(*) AS n FROM interaction_contacts').get()).toEqual({ n: 0 });

    // Tasks: a time needs a date, and a repeating task has at most one live next occurrence.
    expect(() => run(`INSERT INTO tasks (id, title, due_time, created_at, updated_at) VALUES ('t0', 'Call', '09:00', ?, ?)`, now, now)).toThrow(/CHECK/);
    run(`INSERT INTO tasks (id, title, due_date, repeat, contact_id, created_at, updated_at) VALUES ('t1', 'Water plants', '2026-12-05', 'FREQ=WEEKLY', 'ana', ?, ?)`, now, now);
    run(`INSERT INTO tasks (id, title, due_date, repeat, repeat_of, created_at, updated_at) VALUES ('t2', 'Water plants', '2026-12-12', 'FREQ=WEEKLY', 't1', ?, ?)`, now, now);
    expect(() => run(`INSERT INTO tasks (id, title, due_date, repeat_of, created_at, updated_at) VALUES ('t3', 'Water plants', '2026-12-12', 't1', ?, ?)`, now, now)).toThrow(/UNIQUE/);
    run("DELETE FROM contacts WHERE id = 'ana'");
    expect(current.sqlite.prepare("SELECT id FROM tasks ORDER BY id").all()).toEqual([{ id: 't2' }]);
    await current.close();
  });

  it('reads a timeline, a last contact and the list by last contact from indexes, without sorting', async () => {
    const current = await openDatabase(path.join(dir, 'carnet.sqlite'), { migrations: migrations.slice(0, 6) });
    const plan = (text: string) => (current.sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    const timeline = plan("SELECT interaction_id FROM interaction_contacts WHERE contact_id = 'ana' ORDER BY occurred_at DESC, interaction_id DESC LIMIT 50");
    expect(timeline).toMatch(/interaction_contacts_timeline/);
    expect(timeline).not.toMatch(/TEMP B-TREE/);
    expect(plan("SELECT max(occurred_at) FROM interaction_contacts WHERE contact_id = 'ana' AND counts = 1 AND occurred_at <= '2026-12-05'")).toMatch(/interaction_contacts_last/);
    const list = plan('SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY last_contacted_at, sort_key, num LIMIT 50');
    expect(list).toMatch(/contacts_last_contacted/);
    expect(list).not.toMatch(/TEMP B-TREE/);
    const due = plan("SELECT id FROM tasks WHERE done_at IS NULL AND deleted_at IS NULL AND due_date <= '2026-12-05' ORDER BY due_date, due_time");
    expect(due).toMatch(/tasks_open_due/);
    await current.close();
  });
});
