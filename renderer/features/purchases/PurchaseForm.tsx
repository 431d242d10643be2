import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Product, Purchase } from '../../../shared/contract/purchases.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { useClient } from '../../app/client-context.ts';
import { commonStrings } from '../../app/common-strings.ts';
import { errorMessage } from '../../app/error-message.ts';
import { userLocale } from '../../app/locale.ts';
import { formatMoney } from '../../app/money.ts';
import { useSettings } from '../../stores/settings-store.ts';
import { localToday } from '../../stores/today-store.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { onFormDialogKey } from '../../components/form-dialog-keys.ts';
import { suggestedCurrency } from './currency-choice.ts';
import { CurrencySelect } from './CurrencySelect.tsx';
import { checkPurchaseDraft, draftTotals, linesAsDraft, newPurchaseDraft, priceText, removeLine, updateLine, type DraftErrors, type PurchaseDraft } from './form-model.ts';
import { LinesEditor } from './LinesEditor.tsx';
import { offerUndo } from './undo-toast.ts';
import { purchaseStrings as s } from './strings.ts';

export type PurchaseFormMode = { kind: 'new'; contactId: string; name: string; last: Purchase | null } | { kind: 'edit'; purchase: Purchase };

/**
 * The counter form: date (today), lines whose last one is always empty, live totals, currency
 * (the shop's; asked here the first time), reference, paid, note. Tab goes through, Enter in a
 * one-line field saves, Escape closes; the toast after a save offers Undo.
 */
export function PurchaseForm({ mode, onClose }: { mode: PurchaseFormMode; onClose(): void }) {
  const client = useClient();
  const locale = userLocale();
  const idPrefix = useId();
  const titleId = `${idPrefix}-title`;
  const settings = useSettings((state) => state.settings);
  const shopCurrency = settings?.shopCurrency ?? null;
  // The shop's currency is asked with the first purchase: until it is set, the form says so.
  const askCurrency = mode.kind === 'new' && shopCurrency === null;
  const [draft, setDraft] = useState<PurchaseDraft>(() => initialDraft(mode, shopCurrency ?? suggestedCurrency(settings?.countryConfirmed ? settings.defaultCountry : null, locale), locale));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const totals = useMemo(() => draftTotals(draft, locale), [draft, locale]);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = dialogRef.current?.querySelector<HTMLElement>(askCurrency ? 'select' : '[role="combobox"]');
    first?.focus();
    return () => previous?.focus?.();
    // Focus once, on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const set = <K extends keyof PurchaseDraft>(key: K, value: PurchaseDraft[K]) => setDraft((before) => ({ ...before, [key]: value }));

  const repeatLast = () => {
    if (mode.kind !== 'new' || !mode.last) return;
    const last = mode.last;
    setDraft((before) => ({ ...before, currency: last.currency, lines: linesAsDraft(last.lines, last.currency, locale), paid: last.paymentStatus === 'paid', note: last.note }));
    setErrors({});
  };

  const pick = (index: number, product: Product) => {
    setDraft((before) => {
      const price = product.unitPriceMinor !== null && product.currency === before.currency ? priceText(product.unitPriceMinor, before.currency, locale) : undefined;
      return updateLine(before, index, { item: product.name, ...(price === undefined ? {} : { unitPrice: price }) });
    });
  };

  const save = async () => {
    if (saving) return;
    const checked = checkPurchaseDraft(draft, locale);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      if (mode.kind === 'new') {
        const saved = await client.call('purchases.add', { contactId: mode.contactId, ...checked.input });
        // The first purchase also set the shop's currency in the core: show it in Settings and the next form.
        if (askCurrency) void useSettings.getState().load(client);
        onClose();
        offerUndo(s.saved(formatMoney(saved.totalMinor, saved.currency)), () => client.call('purchases.delete', { id: saved.id }));
      } else {
        const before = mode.purchase;
        await client.call('purchases.update', { id: before.id, fields: { contactId: before.contactId, ...checked.input } });
        onClose();
        offerUndo(s.updated, () => client.call('purchases.update', { id: before.id, fields: fieldsOf(before) }));
      }
    } catch (error) {
      setSaving(false);
      // The core refused (the contact was deleted meanwhile, a reference already used...): said in the
      // form, which stays open with everything typed.
      if (error instanceof CarnetError) setErrors({ lines: errorMessage(error) });
      else useToasts.getState().show(errorMessage(error), { tone: 'error' });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => onFormDialogKey(event, dialogRef.current, { save: () => void save(), close: onClose });

  const ids = { date: `${idPrefix}-date`, currency: `${idPrefix}-currency`, reference: `${idPrefix}-reference`, paid: `${idPrefix}-paid`, note: `${idPrefix}-note` };
  return (
    <div className="overlay" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={dialogRef} className="dialog purchase-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <div className="purchase-dialog-head">
          <h2 id={titleId}>{mode.kind === 'new' ? s.formTitleNew(mode.name) : s.formTitleEdit}</h2>
          {mode.kind === 'new' && (
            <button type="button" className="button" disabled={!mode.last} title={mode.last ? undefined : s.repeatNone} onClick={repeatLast}>
              {s.repeatLast}
            </button>
          )}
        </div>
        <form
          className="purchase-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {askCurrency && (
            <div className="purchase-currency-question">
              <CurrencySelect id={ids.currency} label={s.currencyQuestion} value={draft.currency} locale={locale} hint={s.currencyQuestionHint} onChange={(currency) => set('currency', currency)} />
            </div>
          )}
          <div className="form-row">
            <div className="field narrow">
              <label htmlFor={ids.date} className="field-label">
                {s.fieldDate}
              </label>
              <input id={ids.date} className="input" type="date" value={draft.purchasedOn} aria-invalid={errors.purchasedOn ? true : undefined} onChange={(event) => set('purchasedOn', event.target.value)} />
              {errors.purchasedOn && <p className="field-error">{errors.purchasedOn}</p>}
            </div>
            {!askCurrency && <CurrencySelect id={ids.currency} label={s.fieldCurrency} value={draft.currency} locale={locale} onChange={(currency) => set('currency', currency)} />}
          </div>
          <LinesEditor
            idPrefix={idPrefix}
            lines={draft.lines}
            currency={draft.currency}
            lineTotals={totals.lines}
            errors={errors.line}
            onChange={(index, patch) => setDraft((before) => updateLine(before, index, patch))}
            onPick={pick}
            onRemove={(index) => setDraft((before) => removeLine(before, index))}
          />
          {errors.lines && (
            <p className="field-error" role="alert">
              {errors.lines}
            </p>
          )}
          <p className="purchase-total">
            <span>{s.total}</span>
            <output aria-label={s.total} aria-live="polite">
              {formatMoney(totals.total, draft.currency)}
            </output>
          </p>
          <div className="form-row">
            <div className="field">
              <label htmlFor={ids.reference} className="field-label">
                {s.fieldReference}
              </label>
              <input id={ids.reference} className="input" placeholder={s.referencePlaceholder} value={draft.reference} aria-invalid={errors.reference ? true : undefined} onChange={(event) => set('reference', event.target.value)} />
              {errors.reference && <p className="field-error">{errors.reference}</p>}
            </div>
            <label className="checkbox purchase-paid" htmlFor={ids.paid}>
              <input id={ids.paid} type="checkbox" checked={draft.paid} onChange={(event) => set('paid', event.target.checked)} />
              {s.fieldPaid}
            </label>
          </div>
          <div className="field">
            <label htmlFor={ids.note} className="field-label">
              {s.fieldNote}
            </label>
            <textarea id={ids.note} className="input textarea" rows={2} value={draft.note} aria-invalid={errors.note ? true : undefined} onChange={(event) => set('note', event.target.value)} />
            {errors.note && <p className="field-error">{errors.note}</p>}
          </div>
          <p className="field-hint">{s.saveHint(commonStrings.keys.enter, commonStrings.keys.escape)}</p>
          <div className="dialog-actions confirm-actions">
            <button type="button" className="button" onClick={onClose}>
              {s.cancel}
            </button>
            <button type="submit" className="button primary" disabled={saving}>
              {saving ? s.saving : s.save}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

function initialDraft(mode: PurchaseFormMode, currency: string, locale: string): PurchaseDraft {
  if (mode.kind === 'new') return newPurchaseDraft(currency, localToday());
  const { purchase } = mode;
  return { purchasedOn: purchase.purchasedOn, currency: purchase.currency, lines: linesAsDraft(purchase.lines, purchase.currency, locale), reference: purchase.reference, paid: purchase.paymentStatus === 'paid', note: purchase.note };
}

/** A saved purchase as the update input that puts it back (the Undo of an edit). */
function fieldsOf(purchase: Purchase) {
  return {
    contactId: purchase.contactId,
    purchasedOn: purchase.purchasedOn,
    currency: purchase.currency,
    lines: purchase.lines.map((line) => ({ item: line.item, quantity: line.quantity, unitPrice: line.unitPriceMinor })),
    reference: purchase.reference,
    paymentStatus: purchase.paymentStatus,
    note: purchase.note,
  };
}
