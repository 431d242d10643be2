import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { e164Of, parseTypedPhone } from '../../../../shared/domain/phone-reading.ts';
import { phoneSearchTermsOf } from '../../contacts/phone.ts';

export interface PhoneFacts {
  e164: string | null;
  /** The search terms contacts/phone.ts `phoneSearchTerms` would give. */
  searchTerms: string[];
}

/**
 * `toE164` and `phoneSearchTerms` (contacts/phone.ts) from one parse instead of two: parsing is
 * the costliest step per phone in a big import. tests/unit/import/import-phone-facts.test.ts
 * checks it agrees with those two on many numbers.
 */
export function phoneFacts(typed: string, defaultCountry: string): PhoneFacts {
  const parsed = parseTypedPhone(typed, defaultCountry);
  const e164 = e164Of(parsed);
  if (!parsed || !e164) return { e164: null, searchTerms: phoneSearchTermsOf(typed, null, null) };
  let national: string | null = null;
  try {
    // phoneSearchTerms re-parses the E.164 form. That loses an extension ("x23"), so only then is
    // the second parse needed; otherwise this parse gives the same national form.
    const source = parsed.ext ? parsePhoneNumberFromString(e164) : parsed;
    national = source?.formatNational().replace(/\D/g, '') || null;
  } catch {
    // Fewer search terms, as in phoneSearchTerms.
  }
  return { e164, searchTerms: phoneSearchTermsOf(typed, e164, national) };
}

/** Entries kept at most: an import's phones (2-3 per row of a 100k-row file) fit. */
const MAX_ENTRIES = 500_000;

/**
 * Facts per distinct typed value within one import: the same switchboard number repeats a lot,
 * and phone-facts-pool.ts fills it ahead of the rows from a worker thread.
 */
export class PhoneFactsCache {
  private readonly cache = new Map<string, PhoneFacts>();
  constructor(readonly defaultCountry: string) {}

  get(typed: string): PhoneFacts {
    let facts = this.cache.get(typed);
    if (!facts) {
      facts = phoneFacts(typed, this.defaultCountry);
      this.set(typed, facts);
    }
    return facts;
  }

  has(typed: string): boolean {
    return this.cache.has(typed);
  }

  set(typed: string, facts: PhoneFacts): void {
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(typed, facts);
  }
}
