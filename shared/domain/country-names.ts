import { LANGUAGES } from './languages.ts';

/**
 * The country field of an address is free text ("Deutschland", "Россия", "Royaume-Uni", "USA",
 * empty). Formatting an address needs the ISO 3166-1 code of its country: this reads one from the
 * name in any of Carnet's five languages. The names come from Intl.DisplayNames over every region
 * code, so nothing here lists countries by hand except the everyday aliases Intl does not give.
 * Pure: no Node, no DOM.
 */

/** Lower case, no accents, no spaces or punctuation: "Royaume-Uni" and "royaume uni" are one name. */
export function foldCountryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Names people use that Intl.DisplayNames does not give (the short style gives "UK", "US"). */
const ALIASES: Readonly<Record<string, string>> = {
  usa: 'US', 'u.s.a.': 'US', america: 'US', 'united states': 'US', eeuu: 'US', 'ee. uu.': 'US', сша: 'US', 'etats unis': 'US',
  'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', gbr: 'GB',
  angleterre: 'GB', 'grande bretagne': 'GB', inglaterra: 'GB', 'gran bretaña': 'GB', großbritannien: 'GB', англия: 'GB', британия: 'GB',
  russland: 'RU', rus: 'RU', рф: 'RU', 'российская федерация': 'RU', russie: 'RU', rusia: 'RU',
  deu: 'DE', brd: 'DE', allemagne: 'DE', alemania: 'DE', германия: 'DE',
  fra: 'FR', esp: 'ES', holland: 'NL', hollande: 'NL', holanda: 'NL', голландия: 'NL', swiss: 'CH', suisse: 'CH', schweiz: 'CH',
};

/** Region codes Intl names that are not countries of an address ("European Union", "Unknown Region"). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);

let countryCache: Map<string, string> | null = null;

/** A code as CLDR writes it today: "UK" is GB, the old "DD" is DE. */
function canonicalRegion(code: string): string {
  return new Intl.Locale(`und-${code}`).region ?? code;
}

/** Every current two-letter code Intl knows a region name for. */
function regionCodes(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (!NOT_COUNTRIES.has(code) && canonicalRegion(code) === code && names.of(code) !== undefined) codes.push(code);
    }
  }
  return codes;
}

/** Folded name -> ISO code, over the five languages, the codes themselves and the aliases. */
function countryNames(): ReadonlyMap<string, string> {
  if (countryCache) return countryCache;
  const map = new Map<string, string>();
  const codes = regionCodes();
  for (const code of codes) map.set(foldCountryName(code), code);
  // Old and alias codes people still type ("UK") read as today's code.
  for (const alias of ['UK', 'DD', 'SU', 'YU', 'FX']) map.set(foldCountryName(alias), canonicalRegion(alias));
  for (const [alias, code] of Object.entries(ALIASES)) map.set(foldCountryName(alias), code);
  for (const language of LANGUAGES) {
    for (const style of ['long', 'short'] as const) {
      const names = new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' });
      for (const code of codes) {
        const name = names.of(code);
        const folded = name ? foldCountryName(name) : '';
        // The first meaning wins: a code or an alias is never taken over by another country's name.
        if (folded && !map.has(folded)) map.set(folded, code);
      }
    }
  }
  countryCache = map;
  return map;
}

/**
 * The ISO 3166-1 alpha-2 code of a typed country, or null when the text names no country Carnet
 * knows (or is empty).
 *
 * @example
 * countryCodeOf('Deutschland') // 'DE'
 * countryCodeOf('Royaume-Uni') // 'GB'
 * countryCodeOf('The Netherlands') // 'NL'
 */
export function countryCodeOf(typed: string): string | null {
  const folded = foldCountryName(typed);
  if (folded === '') return null;
  const names = countryNames();
  return names.get(folded) ?? (folded.startsWith('the') ? names.get(folded.slice(3)) ?? null : null);
}
