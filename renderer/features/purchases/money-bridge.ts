/**
 * TEMPORARY until shared/domain/money.ts lands from the purchases branch: the three money
 * operations the screens need. Replaced by re-exports of shared/domain/money.ts.
 */
export function minorDigitsOf(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** quantity (thousandths) x unit price (minor units), rounded half away from zero, in BigInt so nothing overflows. */
export function lineTotalMinor(quantityMilli: number, unitPriceMinor: number): number {
  const product = BigInt(quantityMilli) * BigInt(unitPriceMinor);
  const sign = product < 0n ? -1n : 1n;
  const magnitude = product * sign;
  return Number(((magnitude + 500n) / 1000n) * sign);
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigitsOf(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / 10 ** digits);
}
