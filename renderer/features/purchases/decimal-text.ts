/**
 * Decimal numbers as a shop counter types them, read the locale's way ("1,5" in French, "1.5" in
 * English, "1.234,5" in German) into exact scaled integers: 1.5 kg at 3 digits is 1500, never a
 * float. Hand-written because Intl formats numbers but has no parser; the rules are small: the
 * locale's grouping only in groups of three, the locale's decimal sign, and "." accepted as a
 * decimal sign too (a numeric keypad's key) when it cannot be read as the locale's grouping.
 */

interface Signs {
  group: string;
  decimal: string;
}

const signsByLocale = new Map<string, Signs>();

/** The locale's grouping and decimal signs, from Intl. */
export function decimalSigns(locale: string): Signs {
  let signs = signsByLocale.get(locale);
  if (!signs) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    signs = { group: parts.find((part) => part.type === 'group')?.value ?? ',', decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.' };
    signsByLocale.set(locale, signs);
  }
  return signs;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Spaces of any width count as one kind of grouping ("1 234,5" with a no-break space in French). */
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * `text` as an integer scaled by 10^digits, or null when it is no number, is negative, or has
 * more decimals than `digits` (a price of 1.234 in euros is a mistake to show, not to round).
 */
export function parseDecimal(text: string, locale: string, digits: number): number | null {
  const { group, decimal } = decimalSigns(locale);
  const groupIsSpace = SPACES.test(group);
  SPACES.lastIndex = 0;
  let compact = text.trim();
  if (compact === '') return null;
  if (groupIsSpace) compact = compact.replace(SPACES, '');
  const decimals = [escape(decimal), ...(decimal !== '.' ? ['\\.'] : [])].join('|');
  const grouped = groupIsSpace ? null : new RegExp(`^(\\d{1,3}(?:${escape(group)}\\d{3})+)(?:(?:${escape(decimal)})(\\d*))?$`).exec(compact);
  const plain = new RegExp(`^(\\d*)(?:(?:${decimals})(\\d*))?$`).exec(compact);
  const match = grouped ?? plain;
  if (!match) return null;
  const whole = (match[1] ?? '').split(group).join('');
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return null;
  if (fraction.length > digits) return null;
  const scaled = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(scaled) ? scaled : null;
}

/**
 * A scaled integer back as the locale writes it, without grouping so it reads back the same:
 * with only the decimals it needs (1500 at 3 -> "1,5"), or all of them for a price ("4,50").
 */
export function formatDecimal(scaled: number, locale: string, digits: number, allDigits = false): string {
  const whole = Math.trunc(scaled / 10 ** digits);
  const padded = digits > 0 ? String(scaled % 10 ** digits).padStart(digits, '0') : '';
  const fraction = allDigits ? padded : padded.replace(/0+$/, '');
  const { decimal } = decimalSigns(locale);
  const wholeText = new Intl.NumberFormat(locale, { useGrouping: false }).format(whole);
  return fraction ? `${wholeText}${decimal}${fraction}` : wholeText;
}
