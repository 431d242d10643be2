import { sql } from 'kysely';
import { afterCursor, ofSubject, type TimelineSourceDefinition } from './timeline-source.ts';

/** Items a timeline entry names before "and N lines more". */
const ITEMS_SHOWN = 3;

/**
 * Purchases on a timeline, placed at midday UTC of their day (a purchase has a date, not a time,
 * so it shows on that day in every time zone from UTC-11 to UTC+11). Read straight from
 * `purchases` (the purchases area writes them): live ones of this contact (or a company's people).
 */
export const purchaseSource: TimelineSourceDefinition = {
  source: 'purchase',
  kinds: ['purchase'],
  async page(db, { subject, after, limit }) {
    const at = sql`(p.purchased_on || 'T12:00:00.000Z')`;
    const rows = await sql<{ id: string; contact_id: string; purchased_on: string; currency: string; total_minor: number; reference: string; payment_status: 'paid' | 'unpaid'; line_count: number; items: string | null }>`
      SELECT p.id, p.contact_id, p.purchased_on, p.currency, p.total_minor, p.reference, p.payment_status,
        (SELECT COUNT(*) FROM purchase_lines WHERE purchase_id = p.id) AS line_count,
        (SELECT json_group_array(item) FROM (SELECT item FROM purchase_lines WHERE purchase_id = p.id ORDER BY position LIMIT ${ITEMS_SHOWN})) AS items
      FROM purchases AS p
      WHERE ${ofSubject(subject, sql.ref('p.contact_id'))} AND p.deleted_at IS NULL
        AND ${afterCursor('purchase', after, at, sql.ref('p.id'))}
      ORDER BY p.purchased_on DESC, p.id DESC
      LIMIT ${limit}`.execute(db);
    return rows.rows.map((row) => ({
      source: 'purchase' as const,
      at: `${row.purchased_on}T12:00:00.000Z`,
      purchase: {
        id: row.id,
        contactId: row.contact_id,
        purchasedOn: row.purchased_on,
        currency: row.currency,
        totalMinor: row.total_minor,
        reference: row.reference,
        paymentStatus: row.payment_status,
        items: row.items ? (JSON.parse(row.items) as string[]) : [],
        lineCount: Number(row.line_count),
      },
    }));
  },
};
