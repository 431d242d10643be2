import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

/**
 * How Carnet reads a phone number as typed: one place for the rules the core stores numbers by
 * (E.164 for matching and search) and the screens show back to the user ("read as +33 6 12 34 56
 * 78, France"). Pure: no Node, no DOM, so the renderer and the core share it. Uses
 * libphonenumber-js's "max" metadata, which knows each country's real number ranges, so a number
 * that only has the right length ("06 12 34 56 78" read as a US number) is flagged as not valid.
 */

/** Why a typed number cannot be a phone number of the country it was read for. */
export type PhoneProblem = 'too_short' | 'too_long' | 'wrong_length' | 'not_valid';

export interface PhoneReading {
  /** The international E.164 form Carnet stores ("+33612345678"); null when no number that long or short exists. */
  e164: string | null;
  /** For people: "+33 6 12 34 56 78" (with " ext. 23" when there is an extension). */
  international: string;
  /** As the number's own country writes it: "06 12 34 56 78". */
  national: string;
  /** The country calling code without "+": "33". */
  callingCode: string;
  /** ISO 3166-1 alpha-2 ("FR"); null for numbers of no country (+800) or of a shared code that matches no range. */
  country: string | null;
  /** The country's name in the given language ("France"), or null with `country`. */
  countryName: string | null;
  /** True when the number had no +country prefix, so the default country decided how it was read. */
  usedDefaultCountry: boolean;
  /** Its length fits the country's numbers (what Carnet needs to store an E.164 form). */
  possible: boolean;
  /** It is in a range the country really uses. */
  valid: boolean;
  /** Why it is not valid, or null when it is. */
  problem: PhoneProblem | null;
}

/**
 * Parses what the user typed. A "00" prefix is the international prefix almost everywhere
 * outside North America, so "0033 6…" is read as "+33 6…". Numbers without a prefix are read as
 * numbers of `defaultCountry` (ISO code, "FR"). Returns undefined when the text holds no number.
 */
export function parseTypedPhone(typed: string, defaultCountry: string): PhoneNumber | undefined {
  const candidate = internationalCandidate(typed);
  if (!/\d/.test(candidate)) return undefined;
  try {
    return parsePhoneNumberFromString(candidate, { defaultCountry: defaultCountry as CountryCode, extract: false });
  } catch {
    return undefined;
  }
}

/** The E.164 form Carnet stores for a parsed number: only a number of a possible length gets one. */
export function e164Of(parsed: PhoneNumber | undefined): string | null {
  return parsed && parsed.isPossible() ? parsed.number : null;
}

/**
 * How Carnet reads `typed` with `defaultCountry` for numbers without a +prefix, and whether the
 * result is a real number of its country. `locale` names the country ("France", "Frankreich").
 * Returns null when there is nothing to read (no digits, or text that is not a phone number).
 *
 * @example
 * readPhoneNumber('06 12 34 56 78', 'FR', 'en')
 * // { e164: '+33612345678', international: '+33 6 12 34 56 78', country: 'FR', countryName: 'France', valid: true, … }
 */
export function readPhoneNumber(typed: string, defaultCountry: string, locale = 'en'): PhoneReading | null {
  const parsed = parseTypedPhone(typed, defaultCountry);
  if (!parsed) return null;
  const country = parsed.country ?? null;
  const possible = parsed.isPossible();
  const valid = possible && parsed.isValid();
  return {
    e164: e164Of(parsed),
    international: parsed.formatInternational(),
    national: parsed.formatNational(),
    callingCode: parsed.countryCallingCode,
    country,
    countryName: country ? countryNameOf(country, locale) : null,
    usedDefaultCountry: !internationalCandidate(typed).startsWith('+'),
    possible,
    valid,
    problem: valid ? null : possible ? 'not_valid' : lengthProblem(typed, defaultCountry),
  };
}

function internationalCandidate(typed: string): string {
  const trimmed = typed.trim();
  return trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
}

function lengthProblem(typed: string, defaultCountry: string): PhoneProblem {
  let verdict: string | undefined;
  try {
    verdict = validatePhoneNumberLength(internationalCandidate(typed), defaultCountry as CountryCode);
  } catch {
    verdict = undefined;
  }
  if (verdict === 'TOO_SHORT') return 'too_short';
  if (verdict === 'TOO_LONG') return 'too_long';
  return 'wrong_length';
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** "France" for "FR" in `locale`, falling back to the code where Intl has no name for it. */
export function countryNameOf(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null; // an unknown locale tag: codes are still readable
    }
    displayNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
