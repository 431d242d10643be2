import { minorToDecimal } from '../../shared/domain/money.ts';
import { userLocale } from './locale.ts';

/**
 * An amount in minor units, said in the user's locale with its currency ("12,50 €", "¥1,234",
 * "BHD 1.250"). The exact decimal text goes to Intl, never a float made by dividing.
 */
export function formatMoney(minor: number, currency: string): string {
  const format = new Intl.NumberFormat(userLocale(), { style: 'currency', currency });
  return format.format(minorToDecimal(minor, currency) as Intl.StringNumericLiteral);
}
