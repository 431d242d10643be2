import type { SalesOrderPreview } from '../../../shared/contract/import.ts';
import { formatMoney } from '../../app/money.ts';
import { userLocale } from '../../app/locale.ts';
import { coreSentence } from '../../i18n/core-sentences.ts';
import { importStrings as s } from './strings.ts';
import { salesStrings as ss } from './sales-strings.ts';

/** A local 'YYYY-MM-DD' in the user's words, read as a calendar day (no time zone shift). */
function dayText(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(userLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** What happens to an order, in the interface language. */
function outcome(order: SalesOrderPreview): string {
  if (order.said) return coreSentence(order.said);
  if (order.matchedBy) return `${ss.willImport} (${ss.matched(order.matchedBy)})`;
  return ss.willImport;
}

/** The orders of a sales file: line, number, date, customer, lines, total and what happens. */
export function SalesOrders({ orders }: { orders: readonly SalesOrderPreview[] }) {
  return (
    <div className="import-table-wrap">
      <table className="import-table" aria-label={ss.ordersLabel}>
        <thead>
          <tr>
            <th scope="col">{s.line}</th>
            <th scope="col">{s.status}</th>
            <th scope="col">{ss.order}</th>
            <th scope="col">{ss.date}</th>
            <th scope="col">{ss.customer}</th>
            <th scope="col">{ss.lines}</th>
            <th scope="col">{ss.total}</th>
            <th scope="col">{ss.what}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.line}>
              <td className="num">{order.line}</td>
              <td>
                <span className={`badge status-${order.status}`}>{ss.statuses[order.status]}</span>
              </td>
              <td>{order.reference || <span className="muted">{ss.noReference}</span>}</td>
              <td>{dayText(order.date)}</td>
              <td>
                {order.customerName}
                {order.customerAction === 'create' && !order.said && <div className="small muted">{ss.newCustomer}</div>}
              </td>
              <td className="num">{order.lineCount}</td>
              <td className="num">{order.currency && order.status !== 'error' ? formatMoney(order.totalMinor, order.currency) : ''}</td>
              <td>
                {outcome(order)}
                {order.paymentStatus === 'unpaid' && order.status !== 'cancelled' && <div className="small muted">{ss.unpaid}</div>}
                {order.warnings.map((warning) => (
                  <div key={warning.text} className="small muted">
                    {coreSentence(warning)}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
