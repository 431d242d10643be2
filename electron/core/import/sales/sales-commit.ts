/**
 * Writes a sales file's plan as one import batch, in one transaction: the customers it creates
 * (through the contacts import's BulkInserter, stamped with the batch so undo trashes them) and
 * one purchase per order (through purchase-rows.ts, the one writer of purchases). All or nothing:
 * cancel or a failure leaves the database as it was.
 */
import type { ImportSummary } from '../../../../shared/contract/import.ts';
import { newId, nowIso } from '../../clock.ts';
import type { CoreContext } from '../../core-context.ts';
import { insertPurchase, type ProductCache } from '../../purchases/purchase-rows.ts';
import { ensureShopCurrency } from '../../purchases/shop-currency.ts';
import { BulkInserter } from '../pipeline/bulk-insert.ts';
import { CompanyKeys } from '../pipeline/company-keys.ts';
import { widenPageCache } from '../pipeline/commit.ts';
import { PhoneFactsCache } from '../pipeline/phone-facts.ts';
import { planSales, type SalesPlanOptions } from './sales-plan.ts';
import type { SalesOrder } from './sales-orders.ts';
import { recomputeRfmAfterBatch } from '../../purchases/rfm-after-batch.ts';
import { salesSummaryOf } from './sales-summary.ts';
import { nextTurn } from '../../next-turn.ts';

export interface SalesCommitOptions extends SalesPlanOptions {
  fileName: string;
  isCancelled?: () => boolean;
  onProgress?: (done: number, total: number) => void;
}

const CHUNK = 500;
class Cancelled extends Error {}

export async function commitSales(ctx: CoreContext, orders: readonly SalesOrder[], options: SalesCommitOptions): Promise<ImportSummary> {
  const { db, sqlite } = ctx.database;
  const batchId = newId();
  const now = nowIso();
  const restoreCache = widenPageCache(sqlite);
  let currencyAdopted = false;
  try {
    const summary = await db.transaction().execute(async (trx) => {
      const plan = planSales(sqlite, orders, options);
      const summary = salesSummaryOf(plan, options.fileName, batchId);
      const toWrite = plan.orders.filter((order) => order.write !== null);
      if (toWrite.length === 0) return { ...summary, batchId: null };
      await trx.insertInto('import_batches').values({ id: batchId, source: `sales:${options.source}`, file_name: options.fileName, created_at: now, undone_at: null, counts: '{}' }).execute();
      // The shop had no currency yet: the first imported file's becomes it.
      if (plan.fileCurrency) currencyAdopted = await ensureShopCurrency(trx, plan.fileCurrency);

      const inserter = new BulkInserter(sqlite, { phones: new PhoneFactsCache(options.country), companies: new CompanyKeys(), source: options.source, batchId, now });
      const products: ProductCache = new Map();
      const customerIds = new Map<string, string>();
      for (const customer of plan.customers) customerIds.set(customer.ref, inserter.create(customer.fields).id);
      summary.createdCompanies = inserter.companyCardsCreated;

      for (let i = 0; i < toWrite.length; i++) {
        if (i % CHUNK === 0) {
          options.onProgress?.(i, toWrite.length);
          await nextTurn();
          if (options.isCancelled?.()) throw new Cancelled();
        }
        const { preview, write } = toWrite[i]!;
        await insertPurchase(
          trx,
          {
            id: newId(), contact_id: customerIds.get(write!.customer) ?? write!.customer, purchased_on: preview.date, currency: write!.currency,
            total_minor: write!.totalMinor, reference: preview.reference, source: options.source, payment_status: write!.paymentStatus, note: '',
            // The batch's `now`, which the products this purchase creates get too: undo finds them by it (purchases/batch-products.ts).
            import_batch_id: batchId, created_at: now, updated_at: now, deleted_at: null,
          },
          write!.lines.map((line) => ({ id: newId(), item: line.item, quantity_milli: line.quantityMilli, unit_price_minor: line.unitPriceMinor, line_total_minor: line.lineTotalMinor, ...(line.charge ? { product_id: null } : {}) })),
          products,
        );
      }
      options.onProgress?.(toWrite.length, toWrite.length);
      const counts = { created: summary.customersCreated, updated: 0, skipped: summary.skipped, errors: summary.errors.length, createdCompanies: summary.createdCompanies, alreadyThere: summary.alreadyThere, possibleDuplicates: 0, purchasesCreated: summary.purchasesCreated };
      await trx.updateTable('import_batches').set({ counts: JSON.stringify(counts) }).where('id', '=', batchId).execute();
      return summary;
    });
    if (currencyAdopted) await ctx.reloadSettings();
    // A batch of purchases moves everyone's RFM scores.
    if (summary.batchId) await recomputeRfmAfterBatch(ctx);
    return summary;
  } catch (error) {
    if (error instanceof Cancelled) {
      return { ...salesSummaryOf({ orders: [], customers: [], counts: { new: 0, already: 0, unknownCustomer: 0, cancelled: 0, error: 0 }, fileCurrency: null }, options.fileName, null), cancelled: true };
    }
    throw error;
  } finally {
    restoreCache();
  }
}
