import { isKnownCurrency } from '../../../shared/domain/money.ts';

/**
 * Region -> currency for the shop-currency question's first guess. Intl knows currencies and their
 * names but not which one a country uses, so this is data (ISO 4217 as used by ISO 3166 regions),
 * kept to the regions whose currency is not the region code + a letter: the rest are found by
 * that rule below (US -> USD, GB -> GBP, JP -> JPY, CH -> CHF ...). Only a prefill: the user chooses.
 */
const EURO_REGIONS = 'AD AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MC ME MT NL PT SI SK SM VA XK GP MQ GF RE YT PM BL MF AX';
const OTHER_REGIONS: Record<string, string> = {
  LI: 'CHF', EC: 'USD', SV: 'USD', PA: 'USD', PR: 'USD', TL: 'USD', ZW: 'USD', FM: 'USD', MH: 'USD', PW: 'USD', VG: 'USD', TC: 'USD', BQ: 'USD',
  AU: 'AUD', CX: 'AUD', CC: 'AUD', KI: 'AUD', NR: 'AUD', TV: 'AUD', NF: 'AUD', NZ: 'NZD', CK: 'NZD', NU: 'NZD', PN: 'NZD', TK: 'NZD',
  GL: 'DKK', FO: 'DKK', SJ: 'NOK', BV: 'NOK', RU: 'RUB', BY: 'BYN', KZ: 'KZT', UA: 'UAH', GE: 'GEL', AM: 'AMD', AZ: 'AZN', TJ: 'TJS', TM: 'TMT', UZ: 'UZS', KG: 'KGS',
  CN: 'CNY', TW: 'TWD', HK: 'HKD', MO: 'MOP', KR: 'KRW', KP: 'KPW', VN: 'VND', LA: 'LAK', KH: 'KHR', MM: 'MMK', MN: 'MNT', BT: 'BTN',
  BF: 'XOF', BJ: 'XOF', CI: 'XOF', GW: 'XOF', ML: 'XOF', NE: 'XOF', SN: 'XOF', TG: 'XOF', CM: 'XAF', CF: 'XAF', CG: 'XAF', GA: 'XAF', GQ: 'XAF', TD: 'XAF',
  AG: 'XCD', DM: 'XCD', GD: 'XCD', KN: 'XCD', LC: 'XCD', VC: 'XCD', AI: 'XCD', MS: 'XCD', PF: 'XPF', NC: 'XPF', WF: 'XPF', CW: 'ANG', SX: 'ANG',
  LS: 'LSL', NA: 'NAD', SZ: 'SZL', ZA: 'ZAR', ZM: 'ZMW', SS: 'SSP', SD: 'SDG', ER: 'ERN', MR: 'MRU', ST: 'STN', VE: 'VES', CD: 'CDF', GH: 'GHS', MG: 'MGA',
  IM: 'GBP', JE: 'GBP', GG: 'GBP', GS: 'GBP', IO: 'USD', UM: 'USD', AS: 'USD', GU: 'USD', MP: 'USD', VI: 'USD', EH: 'MAD', PS: 'ILS', SI: 'EUR',
};

/** The currency a region uses, or null when not known. */
export function regionCurrency(region: string | null | undefined): string | null {
  if (!region) return null;
  const code = region.toUpperCase();
  if (EURO_REGIONS.split(' ').includes(code)) return 'EUR';
  if (OTHER_REGIONS[code]) return OTHER_REGIONS[code];
  // Most currencies are the region code and one letter (USD, GBP, JPY, CHF, SEK, INR, BRL, MXN...).
  const matches = Intl.supportedValuesOf('currency').filter((currency) => currency.startsWith(code) && isKnownCurrency(currency));
  return matches.length === 1 ? matches[0]! : null;
}

/** The first guess for the shop's currency: the confirmed phone country's, else the locale region's, else euros. */
export function suggestedCurrency(country: string | null, locale: string): string {
  let localeRegion: string | undefined;
  try {
    localeRegion = new Intl.Locale(locale).maximize().region;
  } catch {
    localeRegion = undefined;
  }
  return regionCurrency(country) ?? regionCurrency(localeRegion) ?? 'EUR';
}

/** Every ISO currency Intl knows, with its name in the user's language, sorted by that name. */
export function currencyOptions(locale: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'currency' });
  const collator = new Intl.Collator(locale);
  return Intl.supportedValuesOf('currency')
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
