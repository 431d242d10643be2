/**
 * Minor units to major units for scripts (`carnet report summary --json`) and CSV exports:
 * 123456 EUR cents -> '1234.56'. The digits come from Intl, as the purchases' money helpers take
 * them; the text is built from the integer, so no float rounding creeps in.
 */
export function minorDigitsOf(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** The amount as exact text in major units ('1234.50', '-0.05', '1500' for JPY). */
export function majorUnitsText(minor: number, currency: string): string {
  const digits = minorDigitsOf(currency);
  if (digits === 0) return String(minor);
  const padded = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${minor < 0 ? '-' : ''}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** The amount as a JSON number in major units (1234.5): parsed from the exact text. */
export function toMajorUnits(minor: number, currency: string): number {
  return Number(majorUnitsText(minor, currency));
}
