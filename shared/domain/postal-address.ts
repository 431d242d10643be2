import * as addressFormatterModule from '@fragaria/address-formatter';
import { countryCodeOf, foldCountryName } from './country-names.ts';

/**
 * Postal addresses laid out the way their own country writes them: a UK postcode on its own line
 * after the town, a US "City, ST 12345", a French or German postcode before the town, a Russian
 * postcode last. The layouts are OpenCage's per-country templates through
 * @fragaria/address-formatter, not rules of ours. Pure: no Node, no DOM.
 */
type AddressFormatter = typeof addressFormatterModule;
// The package's types declare a named `format`, but its ES and CommonJS builds export one default
// object holding it: take that object wherever it is.
const addressFormatter: AddressFormatter = (addressFormatterModule as unknown as { default?: AddressFormatter }).default ?? addressFormatterModule;

export interface PostalAddressParts {
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface PostalAddressOptions {
  /** ISO code used when the country field is empty or names no country Carnet knows (the default phone country). */
  defaultCountry: string | null;
}

/** The ISO code whose layout an address follows: its own country's, or the default one. */
export function addressCountryCode(address: Pick<PostalAddressParts, 'country'>, options: PostalAddressOptions): string | null {
  return countryCodeOf(address.country) ?? options.defaultCountry;
}

function contains(lines: readonly string[], text: string): boolean {
  const wanted = foldCountryName(text);
  return wanted === '' || lines.some((line) => foldCountryName(line).includes(wanted));
}

/** Texts no template changes: to learn whether a layout shows the region, and where the country goes. */
const REGION_PROBE = 'Qqqqregionprobe';
const COUNTRY_PROBE = 'Qqqqcountryprobe';

/**
 * The address as lines, in its country's order. The country stays as typed (an address with no
 * country shows none). Nothing typed is left out: a part the country's layout does not use (a
 * French "région", a British county) goes on its own line after the town's.
 *
 * @example
 * formatPostalAddress({ street: '10 Downing Street', city: 'London', region: '', postalCode: 'SW1A 2AA', country: 'UK' }, { defaultCountry: 'FR' })
 * // ['10 Downing Street', 'London', 'SW1A 2AA', 'UK']
 */
export function formatPostalAddress(address: PostalAddressParts, options: PostalAddressOptions): string[] {
  const parts = {
    street: address.street.trim(),
    city: address.city.trim(),
    region: address.region.trim(),
    postalCode: address.postalCode.trim(),
    country: address.country.trim(),
  };
  const countryCode = addressCountryCode(parts, options) ?? undefined;
  const format = (region: string, country: string) =>
    addressFormatter.format(
      { road: parts.street, city: parts.city, state: region, postcode: parts.postalCode, country },
      // cleanupPostcode would drop a postcode it finds odd: what the user typed is shown.
      { countryCode, output: 'array', appendCountry: false, cleanupPostcode: false },
    );
  // The country goes in as a probe and comes out as typed: the templates rewrite some names
  // ("USA" -> "United States of America", in English whatever the interface language). Only a
  // territory whose layout names its parent country ("San Juan, PR 00901" / "United States of
  // America") keeps the template's country line.
  let lines = format(parts.region, parts.country ? COUNTRY_PROBE : '').map((line) => line.trim()).filter(Boolean);
  if (parts.country) {
    lines = lines.some((line) => line.includes(COUNTRY_PROBE))
      ? lines.map((line) => line.replace(COUNTRY_PROBE, parts.country))
      : format(parts.region, parts.country).map((line) => line.trim()).filter(Boolean);
  }

  const missing: string[] = [];
  for (const streetLine of parts.street.split(/\r?\n/)) if (!contains(lines, streetLine)) missing.push(streetLine.trim());
  if (!contains(lines, parts.city)) missing.push(parts.city);
  // A US state shows as its code ("New York" -> "NY"): the region is missing only when the layout has no place for one.
  if (parts.region && !contains(lines, parts.region) && !contains(format(REGION_PROBE, parts.country ? COUNTRY_PROBE : ''), REGION_PROBE)) missing.push(parts.region);
  if (!contains(lines, parts.postalCode)) missing.push(parts.postalCode);
  if (missing.length === 0) return lines;

  const cityLine = parts.city ? lines.findIndex((line) => contains([line], parts.city)) : -1;
  const countryLine = parts.country ? lines.findIndex((line) => contains([line], parts.country)) : -1;
  const at = cityLine >= 0 ? cityLine + 1 : countryLine >= 0 ? countryLine : lines.length;
  return [...lines.slice(0, at), ...missing.filter(Boolean), ...lines.slice(at)];
}

/** One line for lists and spreadsheet cells: "10 Downing Street, London, SW1A 2AA, UK". */
export function oneLinePostalAddress(address: PostalAddressParts, options: PostalAddressOptions): string {
  return formatPostalAddress(address, options).join(', ');
}
