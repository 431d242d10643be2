import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { e164Of, parseTypedPhone } from '../../../shared/domain/phone-reading.ts';

/**
 * The E.164 form of what the user typed, using `defaultCountry` for numbers without a +prefix,
 * or null when the number cannot be understood (then only the typed text is kept). The reading
 * rules are shared with the screens (shared/domain/phone-reading.ts).
 */
export function toE164(typed: string, defaultCountry: string): string | null {
  return e164Of(parseTypedPhone(typed, defaultCountry));
}

/** Digits-only forms of a phone for the search index, so "0612" finds "+33 6 12 34 56 78". */
export function phoneSearchTerms(typed: string, e164: string | null, defaultCountry: string): string[] {
  const terms = new Set<string>([typed]);
  const digits = typed.replace(/\D/g, '');
  if (digits) terms.add(digits);
  if (e164) {
    terms.add(e164.slice(1));
    try {
      const parsed = parsePhoneNumberFromString(e164);
      const national = parsed?.formatNational().replace(/\D/g, '');
      if (national) terms.add(national);
      if (parsed?.country === defaultCountry && parsed.nationalNumber) terms.add(parsed.nationalNumber);
    } catch {
      // The e164 came from the same library; a failure here only means fewer search terms.
    }
  }
  return [...terms];
}
