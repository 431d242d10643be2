import type { PurchaseStats } from '../../../shared/contract/purchases.ts';
import { userLocale } from '../../app/locale.ts';
import { formatMoney } from '../../app/money.ts';
import { purchaseStrings as s } from './strings.ts';

/**
 * Lifetime value, orders, average basket (per currency, the shop's first, never converted), first
 * and last purchase, and the usual interval (from two purchase days on; "—" with a hint before).
 */
export function ValueFigures({ stats, shopCurrency }: { stats: PurchaseStats; shopCurrency: string | null }) {
  const locale = userLocale();
  const values = [...stats.values].sort((a, b) => Number(b.currency === shopCurrency) - Number(a.currency === shopCurrency));
  const date = (day: string | null) => (day ? formatDay(day, locale) : s.noValue);
  const money = (pick: (value: (typeof values)[number]) => number) => (values.length === 0 ? s.noValue : values.map((value) => formatMoney(pick(value), value.currency)).join('\n'));
  return (
    <dl className="value-figures">
      <Figure label={s.lifetimeValue} value={money((value) => value.lifetimeMinor)} strong />
      <Figure label={s.orders} value={new Intl.NumberFormat(locale).format(stats.orders)} />
      <Figure label={s.averageBasket} value={money((value) => value.averageBasketMinor)} />
      <Figure label={s.firstPurchase} value={date(stats.firstPurchase)} />
      <Figure label={s.lastPurchase} value={date(stats.lastPurchase)} />
      <Figure label={s.usualInterval} value={stats.usualIntervalDays === null ? s.noValue : s.intervalDays(Math.round(stats.usualIntervalDays * 10) / 10)} hint={stats.usualIntervalDays === null ? s.intervalHint : undefined} />
    </dl>
  );
}

function Figure({ label, value, hint, strong = false }: { label: string; value: string; hint?: string | undefined; strong?: boolean }) {
  return (
    <div className={strong ? 'value-figure strong' : 'value-figure'}>
      <dt>{label}</dt>
      <dd>
        {value}
        {hint && <span className="muted small value-hint">{hint}</span>}
      </dd>
    </div>
  );
}

/** A local 'YYYY-MM-DD' day in the user's locale, read as a calendar day (no time zone shift). */
export function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, month! - 1, date!)));
}
