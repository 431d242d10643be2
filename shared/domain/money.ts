/**
 * Money without floats. Amounts are integers in the currency's minor unit (cents for EUR, yen
 * for JPY, fils for the 3-decimal dinars), quantities integers in thousandths. Typed text is read
 * digit by digit into those integers, and products of the two are rounded with BigInt, so no
 * binary fraction ever touches a stored amount. Formatting for people belongs to the renderer
 * (Intl in the user's locale); this file only gives exact decimal strings and numbers for JSON.
 *
 * The parsers are hand-written on purpose: no library reads both "1 234,5" and "1,234.50" into
 * integers without going through a float, and the rules are short. Pure: no Node, no DOM.
 */

/** Thousandths in one unit of quantity: 1.5 kg is stored as 1500. */
export const QUANTITY_SCALE = 1000;
const QUANTITY_DIGITS = 3;

const CURRENCY_PATTERN = /^[A-Z]{3}$/;
let knownCurrencies: ReadonlySet<string> | undefined;

/** Whether `code` is an ISO 4217 currency this runtime's Intl knows ("EUR", "JPY", "BHD"). */
export function isKnownCurrency(code: string): boolean {
  if (!CURRENCY_PATTERN.test(code)) return false;
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

const digitsCache = new Map<string, number>();

/** Digits of the currency's minor unit, as Intl says: EUR 2, JPY 0, BHD and KWD 3. */
export function minorUnitsOf(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Spaces people and locales put between thousands: space, no-break, narrow no-break, thin, apostrophes. */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009'\u2019]/g;

/**
 * Reads typed decimal text into an integer scaled by 10^`scale`, or null when it is not a number
 * or has more decimals than `scale` allows (extra zeros are fine: "12.500" EUR is 1250).
 *
 * Separators: with both "." and "," the last one is the decimal mark ("1.234,50", "1,234.50");
 * one kind repeated is grouping ("1.234.567"); otherwise a single one is the decimal mark ("12,5"),
 * except when it is followed by exactly three digits and the scale allows fewer than three
 * decimals: "1,234" EUR is either 1234.00 (a thousands separator) or a 3-decimal slip. Then
 * `decimalMark` decides, the mark the writer uses for decimals (a file's other amounts, the user's
 * locale): the same mark is a decimal mark, so "1,234" is refused as having more decimals than
 * EUR has; the other mark is grouping (1234.00). Without it (null), grouping, as before; KWD's
 * "1,234" is 1.234 whatever the mark. Unambiguous text reads the same with any `decimalMark`.
 */
export function parseScaled(text: string, scale: number, decimalMark: DecimalMark | null = null): number | null {
  let value = text.replace(GROUP_SPACES, '');
  let negative = false;
  if (value.startsWith('-') || value.startsWith('\u2212')) {
    negative = true;
    value = value.slice(1);
  } else if (value.startsWith('+')) {
    value = value.slice(1);
  }
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return null;
  const decimalAt = decimalMarkIndex(value, scale, decimalMark);
  const grouped = decimalAt < 0 ? value : value.slice(0, decimalAt);
  if (!wellGrouped(grouped)) return null;
  const whole = grouped.replace(/[.,]/g, '');
  let fraction = decimalAt < 0 ? '' : value.slice(decimalAt + 1);
  if (/[.,]/.test(fraction)) return null;
  // One mark and three digits, read as decimals because the writer's mark says so ("1,500" in a
  // file that writes "12,50"): a thousands group typed with the wrong mark as likely as 1.50, so
  // refused whatever the digits, never read as 1.50 (or 1500) in silence.
  const doubtful = decimalAt > 0 && fraction.length === 3 && scale < 3 && !/[.,]/.test(value.slice(0, decimalAt));
  if (fraction.length > scale) {
    if (doubtful || !/^0*$/.test(fraction.slice(scale))) return null;
    fraction = fraction.slice(0, scale);
  }
  const digits = `${whole}${fraction.padEnd(scale, '0')}`.replace(/^0+(?=\d)/, '');
  const result = Number(digits);
  if (!Number.isSafeInteger(result)) return null;
  return negative && result !== 0 ? -result : result;
}

/**
 * Thousands groups use one separator, a first group of 1-3 digits and then groups of 3 (or of 2,
 * as Indian lakh grouping writes "1,23,456"): "12.3.4" is a slip, not a number.
 */
function wellGrouped(whole: string): boolean {
  if (!/[.,]/.test(whole)) return true;
  if (whole.includes('.') && whole.includes(',')) return false;
  const groups = whole.split(/[.,]/);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((group, index, rest) => (index === rest.length - 1 ? group.length === 3 : /^\d{2,3}$/.test(group)));
}

function decimalMarkIndex(value: string, scale: number, decimalMark: DecimalMark | null): number {
  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return Math.max(lastDot, lastComma);
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return -1;
  const first = value.indexOf(mark);
  const last = value.lastIndexOf(mark);
  if (first !== last) return -1;
  const after = value.length - last - 1;
  if (after === 3 && scale < 3 && last > 0) return decimalMark === mark ? last : -1;
  return last;
}

/** The character a writer puts before decimals. */
export type DecimalMark = '.' | ',';

/**
 * The decimal mark a set of amounts (a file's) is written with, from the amounts that say it
 * without doubt: "12,50" (one mark, not three digits after it), "1.234,50" (the last of two
 * marks), "1.234.567" (a repeated mark is grouping: the other one is the decimal mark). Null
 * when none says, or when they disagree (then each amount is read on its own, `parseScaled`).
 */
export function decimalMarkOf(amounts: Iterable<string>): DecimalMark | null {
  let found: DecimalMark | null = null;
  for (const text of amounts) {
    const said = markSaidBy(text.replace(GROUP_SPACES, ''));
    if (said === null) continue;
    if (found !== null && found !== said) return null;
    found = said;
  }
  return found;
}

function markSaidBy(text: string): DecimalMark | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return null;
  const last = text.lastIndexOf(mark);
  if (text.indexOf(mark) !== last) return mark === '.' ? ',' : '.'; // repeated: grouping
  const fraction = text.slice(last + 1);
  return fraction.length === 3 || !/^\d+$/.test(fraction) ? null : mark;
}

/** The user's locale's decimal mark ("," in fr, "." in en), or null for one that writes another (Arabic "٫"). */
export function decimalMarkOfLocale(locale: string): DecimalMark | null {
  const mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  return mark === '.' || mark === ',' ? mark : null;
}

/** A typed amount in the currency's minor units ("12,50" EUR -> 1250, "1 234" JPY -> 1234), or null; `decimalMark`: see `parseScaled`. */
export function parseAmount(text: string, currency: string, decimalMark: DecimalMark | null = null): number | null {
  return parseScaled(text, minorUnitsOf(currency), decimalMark);
}

/**
 * A quantity in thousandths: typed text ("1,5", "2") or a number (1.5, as JSON carries it), or
 * null when it is not a number with at most three decimals. Numbers are read through their
 * shortest decimal form (`String(0.1)` is "0.1"), never multiplied as floats.
 */
export function parseQuantity(value: string | number): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const text = String(value);
    if (/e/i.test(text)) return null;
    return parseScaled(text, QUANTITY_DIGITS);
  }
  return parseScaled(value, QUANTITY_DIGITS);
}

/**
 * A line's total: quantity (thousandths) times unit price (minor units), rounded to the minor unit
 * half away from zero (0.5 cent up for a sale, down for a refund). BigInt keeps the product exact.
 */
export function lineTotalMinor(quantityMilli: number, unitPriceMinor: number): number {
  const product = BigInt(quantityMilli) * BigInt(unitPriceMinor);
  const magnitude = product < 0n ? -product : product;
  const rounded = (magnitude * 2n + BigInt(QUANTITY_SCALE)) / BigInt(2 * QUANTITY_SCALE);
  const result = Number(product < 0n ? -rounded : rounded);
  if (!Number.isSafeInteger(result)) throw new RangeError('Line total out of range');
  return result;
}

/** A purchase's total: the sum of its lines' totals (each already rounded to the minor unit). */
export function totalMinor(lines: readonly { quantityMilli: number; unitPriceMinor: number }[]): number {
  let total = 0;
  for (const line of lines) total += lineTotalMinor(line.quantityMilli, line.unitPriceMinor);
  if (!Number.isSafeInteger(total)) throw new RangeError('Total out of range');
  return total;
}

/**
 * An integer scaled by 10^`scale` as exact decimal text with "." ("1250", 2 -> "12.50"; JPY
 * 1234, 0 -> "1234"). `Intl.NumberFormat.format` accepts this string without losing a digit.
 */
export function scaledToDecimal(value: number, scale: number): string {
  const negative = value < 0;
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  const whole = scale === 0 ? digits : digits.slice(0, -scale);
  const fraction = scale === 0 ? '' : `.${digits.slice(-scale)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Minor units as exact decimal text in major units (1250 EUR -> "12.50"). */
export function minorToDecimal(minor: number, currency: string): string {
  return scaledToDecimal(minor, minorUnitsOf(currency));
}

/** Minor units as a number of major units, for JSON summaries (1250 EUR -> 12.5). */
export function minorToMajor(minor: number, currency: string): number {
  return Number(minorToDecimal(minor, currency));
}

/** A quantity in thousandths as the shortest decimal text (1500 -> "1.5", 2000 -> "2"). */
export function quantityText(quantityMilli: number): string {
  return scaledToDecimal(quantityMilli, QUANTITY_DIGITS).replace(/\.?0+$/, '');
}

/** An average in minor units: `total / count` rounded half away from zero (exact for any safe integers). */
export function averageMinor(total: number, count: number): number {
  if (count <= 0) return 0;
  const magnitude = BigInt(Math.abs(total));
  const rounded = Number((magnitude * 2n + BigInt(count)) / BigInt(2 * count));
  return total < 0 ? -rounded : rounded;
}
