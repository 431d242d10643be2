import { useEffect, useState } from 'react';
import type { ProductListItem } from '../../../shared/contract/purchases.ts';
import { formatMoney } from '../../app/money.ts';
import { purchaseStrings as s } from './strings.ts';

interface ProductRowProps {
  product: ProductListItem;
  /** The products it can be merged into. */
  others: ProductListItem[];
  onRename(name: string): void;
  onMerge(into: ProductListItem): void;
}

/** One product: its name, editable in place (Enter or Rename saves), and "Merge into…". */
export function ProductRow({ product, others, onRename, onMerge }: ProductRowProps) {
  const [name, setName] = useState(product.name);
  useEffect(() => setName(product.name), [product.name]);
  const changed = name.trim() !== '' && name.trim() !== product.name;
  return (
    <li className="product-row">
      <input
        className="input"
        aria-label={s.productName(product.name)}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && changed) {
            event.preventDefault();
            onRename(name.trim());
          }
        }}
      />
      <span className="muted small product-meta">
        {s.purchaseSummary(product.lines)}
        {product.unitPriceMinor !== null && product.currency ? ` · ${formatMoney(product.unitPriceMinor, product.currency)}` : ''}
      </span>
      <button type="button" className="button small" disabled={!changed} onClick={() => onRename(name.trim())}>
        {s.rename}
      </button>
      <select
        className="select"
        aria-label={s.mergeLabel(product.name)}
        value=""
        disabled={others.length === 0}
        onChange={(event) => {
          const into = others.find((other) => other.id === event.target.value);
          if (into) onMerge(into);
        }}
      >
        <option value="">{s.merge}</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.name}
          </option>
        ))}
      </select>
    </li>
  );
}
