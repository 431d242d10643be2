import { useState } from 'react';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { userLocale } from '../../app/locale.ts';
import { useSettings } from '../../stores/settings-store.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { suggestedCurrency } from './currency-choice.ts';
import { CurrencySelect } from './CurrencySelect.tsx';
import { ProductsDialog } from './ProductsDialog.tsx';
import { purchaseStrings as s } from './strings.ts';

/** Settings: the shop's currency (set by the first purchase or sales import, changed here) and the product list. */
export function ShopCurrencyCard() {
  const client = useClient();
  const locale = userLocale();
  const settings = useSettings((state) => state.settings);
  const [error, setError] = useState<string | null>(null);
  const [products, setProducts] = useState(false);
  if (!settings) return null;
  const value = settings.shopCurrency ?? suggestedCurrency(settings.countryConfirmed ? settings.defaultCountry : null, locale);

  async function change(currency: string) {
    setError(null);
    try {
      await useSettings.getState().update(client, { shopCurrency: currency });
      useToasts.getState().show(s.currencySaved);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <section className="card" aria-labelledby="settings-shop-currency">
      <h2 id="settings-shop-currency">{s.currencySettingsTitle}</h2>
      <CurrencySelect id="shop-currency" label={s.currencySettingsTitle} value={value} locale={locale} hint={s.currencySettingsHint} onChange={(currency) => void change(currency)} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setProducts(true)}>
          {s.manageProducts}
        </button>
      </div>
      {products && <ProductsDialog onClose={() => setProducts(false)} />}
    </section>
  );
}
