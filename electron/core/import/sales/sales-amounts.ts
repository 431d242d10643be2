/**
 * Amount cells of sales exports as money.ts reads them. Exports dress amounts up: "$4.50",
 * "12,50 €", "EUR 12.50", "(4.50)" for a refund, "CHF 1'200.00". These are undressed here into
 * the plain typed text `parseAmount` takes ("-1200.00"); which of "," and "." is the decimal mark,
 * and the minor units, are money.ts's rules. Hand-written: it only strips what sits around the
 * number, and a number-parsing library would read into floats.
 */

/** Unambiguous currency signs a cell may carry; "$" and "¥" name several currencies and are not read. */
const SIGN_CURRENCIES: Record<string, string> = { '€': 'EUR', '£': 'GBP', '₽': 'RUB', '₹': 'INR', '₩': 'KRW', '₺': 'TRY', '₴': 'UAH', '₪': 'ILS', '₫': 'VND' };

/** The currency a cell's sign names ("12,50 €" -> EUR), or null. */
export function currencyOfSign(cell: string): string | null {
  for (const [sign, code] of Object.entries(SIGN_CURRENCIES)) if (cell.includes(sign)) return code;
  return null;
}

/**
 * An amount cell without its currency sign or code, grouping apostrophes or accounting
 * parentheses ("(4.50)" -> "-4.50"), or null when what is left is not made of digits, "." and ",".
 */
export function undressedAmount(cell: string): string | null {
  let text = cell.trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  text = text.replace(/\b[A-Za-z]{3}\b|[^\d.,+\-\u2212]/g, '');
  if (/^[-\u2212]/.test(text)) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  return negative ? `-${text}` : text;
}
