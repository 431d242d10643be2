import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * What customers buy: purchases (one order, invoice or till ticket) with their lines, and the
 * product list that grows from what is typed.
 *
 * Money is never a float: amounts are integer minor units of the purchase's currency (cents for
 * EUR, yen for JPY, fils for the 3-decimal dinars), `total_minor` the sum of the lines rounded
 * to the currency's minor unit. Quantities allow decimals (1.5 kg) and are stored in thousandths
 * (`quantity_milli`), exact for what a shop counter types.
 *
 * Every record has a UUIDv7 text `id`, created/updated times and a soft delete, as interactions
 * and tasks do. Lines are owned by their purchase (replaced with it on edit, soft-deleted with
 * it), but carry ids of their own for a later line-level sync.
 *
 * - `purchases.source` + `reference` identify an order across re-imports ('shopify' + '#1001'):
 *   importing the same file twice creates nothing (unique while live, per source). Purchases
 *   without a reference are matched on (date, customer, lines) by the importer.
 * - `purchased_on` is a local date ('YYYY-MM-DD'): a ticket belongs to the day it was written.
 * - `products.name_key` is the folded name, so "Café moulu" and "cafe moulu" are one product;
 *   `merged_into` names the product a merged one now lives in (its lines are moved there).
 * - `contact_rfm` is derived (recomputed daily and after a purchases batch): not user data, not
 *   exported or synced; a restore or a new device recomputes it.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'purchases',
  async up(db: Kysely<unknown>) {
    const statements = [
      sql`CREATE TABLE products (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        unit_price_minor INTEGER,
        currency TEXT,
        merged_into TEXT REFERENCES products(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      )`,
      sql`CREATE UNIQUE INDEX products_name_key ON products (name_key) WHERE deleted_at IS NULL AND merged_into IS NULL`,
      sql`CREATE TABLE purchases (
        id TEXT PRIMARY KEY,
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        purchased_on TEXT NOT NULL,
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        total_minor INTEGER NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'manual',
        payment_status TEXT NOT NULL DEFAULT 'paid' CHECK (payment_status IN ('paid', 'unpaid')),
        note TEXT NOT NULL DEFAULT '',
        import_batch_id TEXT REFERENCES import_batches(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      )`,
      sql`CREATE INDEX purchases_contact ON purchases (contact_id, purchased_on) WHERE deleted_at IS NULL`,
      sql`CREATE INDEX purchases_day ON purchases (purchased_on, contact_id) WHERE deleted_at IS NULL`,
      sql`CREATE UNIQUE INDEX purchases_reference ON purchases (source, reference) WHERE reference <> '' AND deleted_at IS NULL`,
      sql`CREATE INDEX purchases_trash ON purchases (deleted_at) WHERE deleted_at IS NOT NULL`,
      sql`CREATE INDEX purchases_batch ON purchases (import_batch_id) WHERE import_batch_id IS NOT NULL`,
      sql`CREATE TABLE purchase_lines (
        id TEXT PRIMARY KEY,
        purchase_id TEXT NOT NULL REFERENCES purchases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        product_id TEXT REFERENCES products(id),
        item TEXT NOT NULL,
        quantity_milli INTEGER NOT NULL,
        unit_price_minor INTEGER NOT NULL,
        line_total_minor INTEGER NOT NULL,
        UNIQUE (purchase_id, position)
      )`,
      sql`CREATE INDEX purchase_lines_product ON purchase_lines (product_id) WHERE product_id IS NOT NULL`,
      sql`CREATE TABLE contact_rfm (
        contact_id TEXT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
        recency INTEGER NOT NULL CHECK (recency BETWEEN 1 AND 5),
        frequency INTEGER NOT NULL CHECK (frequency BETWEEN 1 AND 5),
        monetary INTEGER NOT NULL CHECK (monetary BETWEEN 1 AND 5),
        segment TEXT NOT NULL,
        computed_at TEXT NOT NULL
      ) WITHOUT ROWID`,
      sql`CREATE INDEX contact_rfm_segment ON contact_rfm (segment)`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
