import type { MoneyAmount } from '../../../shared/contract/reports.ts';
import { minorToDecimal } from '../../../shared/domain/money.ts';
import { userLocale } from '../../app/locale.ts';

/** An amount in its own currency, in the user's locale ("1 234,50 €"); never converted. */
export function formatMoney(minor: number, currency: string): string {
  const major = Number(minorToDecimal(minor, currency));
  try {
    return new Intl.NumberFormat(userLocale(), { style: 'currency', currency }).format(major);
  } catch {
    return `${major} ${currency}`;
  }
}

/** Several currencies side by side ("1 234,50 € · 12,00 $US"), or a dash for none. */
export function formatAmounts(amounts: readonly MoneyAmount[]): string {
  return amounts.length === 0 ? '–' : amounts.map((amount) => formatMoney(amount.minor, amount.currency)).join(' · ');
}

/** A compact axis value ("1,2 k"). */
export function formatCompact(value: number): string {
  return new Intl.NumberFormat(userLocale(), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A share with one decimal always ("67.0 %", not "67 %"), so a column of them lines up. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(userLocale(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** 'YYYY-MM' as "Mar 2026" (short, for axes and tables) or "March 2026" (long, for labels). */
export function monthLabel(month: string, style: 'short' | 'long' = 'short'): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(userLocale(), { month: style, year: style === 'short' ? '2-digit' : 'numeric', timeZone: 'UTC' }).format(date);
}

/** The minor amount of one currency among several (0 when absent). */
export function amountIn(amounts: readonly MoneyAmount[], currency: string | null): number {
  return amounts.find((amount) => amount.currency === currency)?.minor ?? 0;
}
