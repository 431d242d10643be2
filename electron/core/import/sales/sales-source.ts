/**
 * A CSV file read as sales: its table, the platform and columns found, and its orders under the
 * user's date order. Kept in the import session beside the contacts reading of the same file, so
 * the wizard can switch between the two without sending the file again.
 */
import type { DateOrder, SalesLayout } from '../../../../shared/contract/import.ts';
import type { ParsedTable } from '../csv/parse-table.ts';
import { inferDateOrder } from '../csv/values.ts';
import { looksLikeSales, salesLayoutOf } from './sales-columns.ts';
import { readOrders, type SalesOrder } from './sales-orders.ts';

export interface SalesSource {
  layout: SalesLayout;
  /** Set when dates read either as day/month or month/day and no order was chosen. */
  dateQuestion(dateOrder: DateOrder | null): { examples: string[] } | null;
  orders(dateOrder: DateOrder | null): SalesOrder[];
}

export { looksLikeSales };

export function openSalesSource(table: ParsedTable): SalesSource {
  const { platform, columns } = salesLayoutOf(table.columns);
  const dateIndex = columns.date === undefined ? -1 : table.columns.indexOf(columns.date);
  const inferred = dateIndex < 0 ? { order: null, ambiguous: false, examples: [] } : inferDateOrder(table.rows.map((row) => row.cells[dateIndex] ?? ''));
  const orders = (dateOrder: DateOrder | null) => readOrders(table.rows, table.columns, columns, dateOrder ?? inferred.order);
  return {
    layout: { platform, columns, orderCount: orders(inferred.order ?? 'dmy').length },
    dateQuestion: (dateOrder) => (inferred.ambiguous && !dateOrder && !inferred.order ? { examples: inferred.examples } : null),
    orders,
  };
}
