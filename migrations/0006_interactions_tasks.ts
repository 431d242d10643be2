import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * From address book to CRM: interactions (calls, meetings, emails, visits, messages, notes), the
 * people each one involves, tasks, and keep-in-touch on contacts.
 *
 * Every new record has a UUIDv7 text `id` (what another device will know it by), created/updated
 * times and a soft delete (`deleted_at`). `interactions.num` exists only because the search index
 * needs an integer rowid that survives VACUUM, as `contacts.num` does; nothing outside this
 * database may refer to it.
 *
 * - `interactions.occurred_at` is an instant (ISO 8601, UTC): a call happened at one moment.
 *   Tasks' `due_date`/`due_time` are floating local values ('YYYY-MM-DD', 'HH:MM'): a 9:00 call
 *   stays at 9:00 when the user travels.
 * - `interaction_contacts` links an interaction to each person or company it involves (a meeting
 *   can involve several). It repeats `occurred_at` and whether the type counts as a contact
 *   (`counts`: 1 for call, meeting, email, visit, message; 0 for a note) so a contact's timeline
 *   and its last contact are read from one index without touching `interactions`.
 * - `contacts.last_contacted_at` is the latest counted interaction that is not in the future,
 *   kept by the core when interactions change and refreshed when a future-dated one comes due, so
 *   the list can sort 100k contacts by it from an index. NULL means never contacted.
 * - `contacts.keep_in_touch` is a frequency ('2w', '1m', '3m', '6m', '1y');
 *   `keep_in_touch_since` the local date it was set, from which a never-contacted person is due.
 * - `tasks.repeat` is an RFC 5545 RRULE ('FREQ=WEEKLY;INTERVAL=2'); completing a repeating task
 *   creates the next occurrence as a new task whose `repeat_of` names the one completed, so doing
 *   it twice (or undoing and redoing) cannot create two.
 * - Deleting a contact soft-deletes its own tasks and the interactions that involve nobody else
 *   with the contact's own `deleted_at` stamp, so restoring the contact brings back exactly those.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'interactions_tasks',
  async up(db: Kysely<unknown>) {
    const statements = [
      sql`CREATE TABLE interactions (
        num INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL CHECK (type IN ('call', 'meeting', 'email', 'visit', 'message', 'note')),
        direction TEXT CHECK (direction IN ('in', 'out')),
        occurred_at TEXT NOT NULL,
        minutes INTEGER CHECK (minutes IS NULL OR minutes >= 0),
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        import_batch_id TEXT REFERENCES import_batches(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      )`,
      sql`CREATE INDEX interactions_trash ON interactions (deleted_at) WHERE deleted_at IS NOT NULL`,
      sql`CREATE INDEX interactions_batch ON interactions (import_batch_id) WHERE import_batch_id IS NOT NULL`,
      sql`CREATE TABLE interaction_contacts (
        interaction_id TEXT NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        occurred_at TEXT NOT NULL,
        counts INTEGER NOT NULL CHECK (counts IN (0, 1)),
        PRIMARY KEY (interaction_id, contact_id)
      ) WITHOUT ROWID`,
      sql`CREATE INDEX interaction_contacts_timeline ON interaction_contacts (contact_id, occurred_at, interaction_id)`,
      sql`CREATE INDEX interaction_contacts_last ON interaction_contacts (contact_id, counts, occurred_at)`,
      sql`CREATE VIRTUAL TABLE interactions_fts USING fts5(
        subject, body,
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2 3'
      )`,
      sql`CREATE TRIGGER interactions_fts_on_delete AFTER DELETE ON interactions BEGIN
        DELETE FROM interactions_fts WHERE rowid = old.num;
      END`,
      sql`CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        due_date TEXT,
        due_time TEXT,
        contact_id TEXT REFERENCES contacts(id) ON DELETE CASCADE,
        notes TEXT NOT NULL DEFAULT '',
        repeat TEXT,
        repeat_of TEXT,
        done_at TEXT,
        import_batch_id TEXT REFERENCES import_batches(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        CHECK (due_time IS NULL OR due_date IS NOT NULL)
      )`,
      sql`CREATE INDEX tasks_open_due ON tasks (due_date, due_time) WHERE done_at IS NULL AND deleted_at IS NULL`,
      sql`CREATE INDEX tasks_contact ON tasks (contact_id, done_at) WHERE contact_id IS NOT NULL`,
      sql`CREATE UNIQUE INDEX tasks_next_occurrence ON tasks (repeat_of) WHERE repeat_of IS NOT NULL AND deleted_at IS NULL`,
      sql`CREATE INDEX tasks_trash ON tasks (deleted_at) WHERE deleted_at IS NOT NULL`,
      sql`CREATE INDEX tasks_batch ON tasks (import_batch_id) WHERE import_batch_id IS NOT NULL`,
      sql`ALTER TABLE contacts ADD COLUMN last_contacted_at TEXT`,
      sql`ALTER TABLE contacts ADD COLUMN keep_in_touch TEXT CHECK (keep_in_touch IN ('2w', '1m', '3m', '6m', '1y'))`,
      sql`ALTER TABLE contacts ADD COLUMN keep_in_touch_since TEXT`,
      sql`CREATE INDEX contacts_last_contacted ON contacts (last_contacted_at, sort_key, num) WHERE deleted_at IS NULL`,
      sql`CREATE INDEX contacts_keep_in_touch ON contacts (keep_in_touch) WHERE keep_in_touch IS NOT NULL AND deleted_at IS NULL`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
