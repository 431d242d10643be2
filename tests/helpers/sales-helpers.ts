import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/core/core.ts';
import type { ImportOptions } from '../../shared/contract/import.ts';
import { repoRoot } from './import-helpers.ts';

export function salesFixture(name: string): string {
  return path.join(repoRoot, 'tests', 'fixtures', 'sales', name);
}

/** Analyze a sales fixture (or text) through the contract, as the wizard does. */
export async function analyzeSales(core: Core, file: string, options: { kind?: 'contacts' | 'purchases'; text?: string } = {}) {
  const bytes = options.text !== undefined ? Buffer.from(options.text, 'utf8') : fs.readFileSync(salesFixture(file));
  return core.call('import.analyze', { fileName: file, data: bytes.toString('base64'), ...(options.kind ? { kind: options.kind } : {}) });
}

export async function previewSales(core: Core, sourceId: string, options: Partial<ImportOptions> = {}) {
  const page = await core.call('import.preview', { sourceId, options, limit: 1000 });
  return page.sales!;
}

export async function importSales(core: Core, file: string, options: Partial<ImportOptions> = {}, text?: string) {
  const analyzed = await analyzeSales(core, file, text === undefined ? {} : { text });
  return core.call('import.commit', { sourceId: analyzed.sourceId, options });
}

/** Live purchases with their lines, oldest first, straight from the tables. */
export function purchaseRows(core: Core) {
  const { sqlite } = core.context.database;
  const purchases = sqlite.prepare(
    `SELECT p.id, p.contact_id AS contactId, c.display_name AS customer, p.purchased_on AS date, p.currency, p.total_minor AS total, p.reference, p.source
     FROM purchases p JOIN contacts c ON c.id = p.contact_id WHERE p.deleted_at IS NULL ORDER BY p.purchased_on, p.reference`,
  ).all() as { id: string; contactId: string; customer: string; date: string; currency: string; total: number; reference: string; source: string }[];
  const lines = sqlite.prepare('SELECT item, quantity_milli AS qty, unit_price_minor AS unit, line_total_minor AS total FROM purchase_lines WHERE purchase_id = ? ORDER BY position');
  return purchases.map((purchase) => ({ ...purchase, lines: lines.all(purchase.id) as { item: string; qty: number; unit: number; total: number }[] }));
}
