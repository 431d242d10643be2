import type { ImportSummary } from '../../../../shared/contract/import.ts';
import type { SalesPlan } from './sales-plan.ts';

/**
 * A sales plan as an import summary: `purchasesCreated` (one per order written), `customersCreated`,
 * `alreadyThere` (orders in Carnet already), `skipped` (orders whose customer is unknown and not
 * created, and those the shop says were no sale: both listed in `skippedOrders`), `errors` (orders
 * not imported, with their line), `warnings` (remarks on orders written, with their line). `created`
 * counts the people created, as for a contacts import.
 */
export function salesSummaryOf(plan: SalesPlan, fileName: string, batchId: string | null): ImportSummary & { purchasesCreated: number; customersCreated: number } {
  const skippedOrders = plan.orders
    .filter((order) => (order.preview.status === 'unknownCustomer' || order.preview.status === 'cancelled') && order.write === null)
    .map(({ preview }) => ({ line: preview.line, reference: preview.reference, customerName: preview.customerName, message: preview.message, ...(preview.said ? { said: preview.said } : {}) }));
  const errors = plan.orders
    .filter((order) => order.preview.status === 'error')
    .map(({ preview }) => ({ line: preview.line, message: preview.message, ...(preview.said ? { said: preview.said } : {}) }));
  const warnings = plan.orders
    .filter((order) => order.write !== null)
    .flatMap(({ preview }) => preview.warnings.map((said) => ({ line: preview.line, message: said.text, said })));
  return {
    batchId, fileName, cancelled: false,
    created: plan.customers.length, createdCompanies: 0, updated: 0,
    alreadyThere: plan.counts.already, skipped: skippedOrders.length,
    possibleDuplicates: 0, duplicatesToReview: [], errors,
    purchasesCreated: plan.orders.filter((order) => order.write !== null).length,
    customersCreated: plan.customers.length,
    skippedOrders,
    warnings,
  };
}
