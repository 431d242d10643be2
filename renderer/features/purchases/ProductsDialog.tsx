import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ProductListItem } from '../../../shared/contract/purchases.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { trapTab } from '../../components/form-dialog-keys.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { ProductRow } from './ProductRow.tsx';
import { purchaseStrings as s } from './strings.ts';

/** The most products the dialog lists at once; the filter finds the rest. */
const PAGE = 200;

/**
 * The product list that grew from what was typed: find one, rename it, or merge two that are the
 * same thing ("Cafe moulu" into "Café moulu", after a confirmation).
 */
export function ProductsDialog({ onClose }: { onClose(): void }) {
  const client = useClient();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [products, setProducts] = useState<ProductListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [merging, setMerging] = useState<{ from: ProductListItem; into: ProductListItem } | null>(null);

  const load = useCallback(() => {
    client
      .call('products.list', { query, offset: 0, limit: PAGE })
      .then((page) => {
        setProducts(page.products);
        setError(null);
      })
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [client, query]);

  useEffect(() => {
    const timer = setTimeout(load, 120);
    return () => clearTimeout(timer);
  }, [load]);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialogRef.current?.querySelector<HTMLElement>('input')?.focus();
    return () => previous?.focus?.();
  }, []);

  const rename = async (product: ProductListItem, name: string) => {
    try {
      await client.call('products.rename', { id: product.id, name });
      useToasts.getState().show(s.renamed);
      load();
    } catch (failure) {
      useToasts.getState().show(errorMessage(failure), { tone: 'error' });
    }
  };

  const merge = async (from: ProductListItem, into: ProductListItem) => {
    setMerging(null);
    try {
      await client.call('products.merge', { ids: [from.id], intoId: into.id });
      useToasts.getState().show(s.merged(from.name, into.name));
      load();
    } catch (failure) {
      useToasts.getState().show(errorMessage(failure), { tone: 'error' });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (merging) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      trapTab(event, dialogRef.current);
    }
    event.stopPropagation();
  };

  const all = products ?? [];
  return (
    <div className="overlay" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={dialogRef} className="dialog products-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{s.productsTitle}</h2>
        <input className="input" type="search" aria-label={s.productsFilter} placeholder={s.productsFilter} value={query} onChange={(event) => setQuery(event.target.value)} />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {products === null && !error && <p className="muted small">{s.loading}</p>}
        {products !== null && all.length === 0 && query === '' && (
          <div className="customer-value-empty">
            <p className="customer-value-empty-title">{s.productsEmptyTitle}</p>
            <p className="muted small">{s.productsEmptyBody}</p>
          </div>
        )}
        {all.length > 0 && (
          <ul className="product-list">
            {all.map((product) => (
              <ProductRow key={product.id} product={product} others={all.filter((other) => other.id !== product.id)} onRename={(name) => void rename(product, name)} onMerge={(into) => setMerging({ from: product, into })} />
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {s.close}
          </button>
        </div>
      </div>
      {merging && (
        <ConfirmDialog
          title={s.mergeConfirmTitle(merging.from.name, merging.into.name)}
          body={s.mergeConfirmBody(merging.from.name, merging.into.name)}
          confirmLabel={s.mergeConfirm}
          cancelLabel={s.cancel}
          onConfirm={() => void merge(merging.from, merging.into)}
          onCancel={() => setMerging(null)}
        />
      )}
    </div>
  );
}
