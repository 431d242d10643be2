import { useEffect, useId, useState } from 'react';
import './purchases.css';
import type { Contact } from '../../../shared/contract/contacts.ts';
import type { Purchase } from '../../../shared/contract/purchases.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { isTyping, shortcutLetter } from '../../app/shortcuts.ts';
import { useQuickLog } from '../../stores/quick-log-store.ts';
import { useSettings } from '../../stores/settings-store.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { ProductsDialog } from './ProductsDialog.tsx';
import { PurchaseForm, type PurchaseFormMode } from './PurchaseForm.tsx';
import { PurchaseList } from './PurchaseList.tsx';
import { useCustomerValue } from './use-customer-value.ts';
import { ValueFigures } from './ValueFigures.tsx';
import { offerUndo } from './undo-toast.ts';
import { purchaseStrings as s } from './strings.ts';

/**
 * What a customer buys and is worth, on every contact and company page: the figures, the
 * purchases (edit, delete with Undo), P to record one, and the product list.
 */
export function CustomerValuePanel({ contact }: { contact: Contact }) {
  const client = useClient();
  const titleId = useId();
  const { value, loadMore } = useCustomerValue(contact.id);
  const shopCurrency = useSettings((state) => state.settings?.shopCurrency ?? null);
  const [form, setForm] = useState<PurchaseFormMode | null>(null);
  const [products, setProducts] = useState(false);
  const last = value.state === 'ready' ? (value.purchases.find((purchase) => purchase.contactId === contact.id) ?? null) : null;

  useEffect(() => {
    if (useSettings.getState().settings === null) void useSettings.getState().load(client);
  }, [client]);

  // P records a purchase for this contact, from anywhere on its page but a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (shortcutLetter(event) !== 'p' || form || products || useQuickLog.getState().request) return;
      event.preventDefault();
      setForm({ kind: 'new', contactId: contact.id, name: contact.displayName, last });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [contact.id, contact.displayName, form, products, last]);

  const remove = async (purchase: Purchase) => {
    try {
      await client.call('purchases.delete', { id: purchase.id });
      offerUndo(s.deleted, () => client.call('purchases.restore', { id: purchase.id }));
    } catch (error) {
      useToasts.getState().show(errorMessage(error), { tone: 'error' });
    }
  };

  return (
    <section className="customer-value" aria-labelledby={titleId}>
      <header className="customer-value-head">
        <h3 id={titleId}>{s.valueTitle}</h3>
        <div className="customer-value-actions">
          <button type="button" className="button ghost small" onClick={() => setProducts(true)}>
            {s.manageProducts}
          </button>
          <button type="button" className="button small" title={`${s.addPurchase} (P)`} aria-keyshortcuts="P" onClick={() => setForm({ kind: 'new', contactId: contact.id, name: contact.displayName, last })}>
            {s.addPurchase}
          </button>
        </div>
      </header>
      {value.state === 'loading' && <p className="muted small">{s.loading}</p>}
      {value.state === 'failed' && (
        <p className="form-error" role="alert">
          {value.message}
        </p>
      )}
      {value.state === 'ready' && value.stats.orders === 0 && (
        <div className="customer-value-empty">
          <p className="customer-value-empty-title">{s.emptyTitle}</p>
          <p className="muted small">{s.emptyBody}</p>
        </div>
      )}
      {value.state === 'ready' && value.stats.orders > 0 && (
        <>
          <ValueFigures stats={value.stats} shopCurrency={shopCurrency} />
          <PurchaseList purchases={value.purchases} onEdit={(purchase) => setForm({ kind: 'edit', purchase })} onDelete={(purchase) => void remove(purchase)} />
          {value.next && (
            <button type="button" className="button ghost small" onClick={loadMore}>
              {s.loadMore}
            </button>
          )}
        </>
      )}
      {form && <PurchaseForm mode={form} onClose={() => setForm(null)} />}
      {products && <ProductsDialog onClose={() => setProducts(false)} />}
    </section>
  );
}
