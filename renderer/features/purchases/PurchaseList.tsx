import type { Purchase } from '../../../shared/contract/purchases.ts';
import { userLocale } from '../../app/locale.ts';
import { formatMoney } from '../../app/money.ts';
import { formatDay } from './ValueFigures.tsx';
import { purchaseStrings as s } from './strings.ts';

interface PurchaseListProps {
  purchases: Purchase[];
  onEdit(purchase: Purchase): void;
  onDelete(purchase: Purchase): void;
}

/** A contact's purchases, newest first: date, items, total, unpaid mark, Edit and Delete. */
export function PurchaseList({ purchases, onEdit, onDelete }: PurchaseListProps) {
  const locale = userLocale();
  return (
    <ul className="purchase-list" aria-label={s.purchasesList}>
      {purchases.map((purchase) => {
        const day = formatDay(purchase.purchasedOn, locale);
        const items = purchase.lines.map((line) => line.item).join(', ');
        return (
          <li key={purchase.id} className="purchase-row">
            <span className="purchase-row-date">{day}</span>
            <span className="purchase-row-items" title={items}>
              {items || s.purchaseSummary(purchase.lines.length)}
              {purchase.reference && <span className="muted small"> · {purchase.reference}</span>}
            </span>
            {purchase.paymentStatus === 'unpaid' && <span className="badge warning">{s.unpaid}</span>}
            <span className="amount">{formatMoney(purchase.totalMinor, purchase.currency)}</span>
            <span className="purchase-row-actions">
              <button type="button" className="button ghost small" aria-label={s.editPurchase(day)} onClick={() => onEdit(purchase)}>
                {s.edit}
              </button>
              <button type="button" className="button ghost small danger" aria-label={s.deletePurchase(day)} onClick={() => onDelete(purchase)}>
                {s.delete}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
