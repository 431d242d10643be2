import { getCountries } from 'libphonenumber-js/max';
import { countryNameOf } from '../../shared/domain/phone-reading.ts';

/**
 * [code, name] of every country whose phone numbers Carnet can read (libphonenumber's list, so
 * the menu never offers a country the reading does not know), named in the user's language and
 * sorted by name.
 */
export function countryOptions(locale: string): [string, string][] {
  return getCountries()
    .map((code): [string, string] => [code, countryNameOf(code, locale)])
    .sort((a, b) => a[1].localeCompare(b[1], locale));
}
