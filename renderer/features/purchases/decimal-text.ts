import { scaledToDecimal } from '../../../shared/domain/money.ts';

/**
 * A scaled integer (thousandths of a quantity, minor units of a price) as the user's locale types
 * it, so the form can show a saved line back for editing ("1,5" in French, "1.5" in English)
 * and `parseQuantity`/`parseAmount` read it back the same. No grouping: "1234,5", not "1 234,5".
 * The exact decimal text goes to Intl, never a float made by dividing.
 *
 * @example typedDecimal(1500, 3, 'fr-FR') // "1,5"; typedDecimal(450, 2, 'de-DE', true) // "4,50"
 */
export function typedDecimal(scaled: number, scale: number, locale: string, allDigits = false): string {
  const format = new Intl.NumberFormat(locale, { useGrouping: false, minimumFractionDigits: allDigits ? scale : 0, maximumFractionDigits: scale });
  return format.format(scaledToDecimal(scaled, scale) as Intl.StringNumericLiteral);
}
