import { sql } from 'kysely';
import { afterCursor, ofSubject, type TimelineSourceDefinition } from './timeline-source.ts';

/**
 * Completed tasks on a timeline, placed when they were done. Read straight from `tasks` (the
 * tasks area writes them): done, not deleted, about this contact (or one of a company's people).
 */
export const completedTaskSource: TimelineSourceDefinition = {
  source: 'task',
  kinds: ['task'],
  async page(db, { subject, after, limit }) {
    const rows = await sql<{ id: string; title: string; notes: string; due_date: string | null; due_time: string | null; done_at: string; contact_id: string | null }>`
      SELECT id, title, notes, due_date, due_time, done_at, contact_id FROM tasks
      WHERE ${ofSubject(subject, sql.ref('contact_id'))} AND done_at IS NOT NULL AND deleted_at IS NULL
        AND ${afterCursor('task', after, sql.ref('done_at'), sql.ref('id'))}
      ORDER BY done_at DESC, id DESC
      LIMIT ${limit}`.execute(db);
    return rows.rows.map((row) => ({
      source: 'task' as const,
      at: row.done_at,
      task: { id: row.id, title: row.title, notes: row.notes, dueDate: row.due_date, dueTime: row.due_time, doneAt: row.done_at, contactId: row.contact_id },
    }));
  },
};
