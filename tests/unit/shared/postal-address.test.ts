import { describe, expect, it } from 'vitest';
import { addressCountryCode, formatPostalAddress, oneLinePostalAddress, type PostalAddressParts } from '../../../shared/domain/postal-address.ts';

const address = (parts: Partial<PostalAddressParts>): PostalAddressParts => ({ street: '', city: '', region: '', postalCode: '', country: '', ...parts });
const inFrance = { defaultCountry: 'FR' };

describe('formatPostalAddress: each country its own layout', () => {
  it('UK: the postcode on its own line after the town', () => {
    expect(formatPostalAddress(address({ street: '10 Downing Street', city: 'London', postalCode: 'SW1A 2AA', country: 'Royaume-Uni' }), inFrance)).toEqual([
      '10 Downing Street',
      'London',
      'SW1A 2AA',
      'Royaume-Uni',
    ]);
  });

  it('UK: a county the layout has no place for still shows, after the town', () => {
    expect(formatPostalAddress(address({ street: '1 High Street', city: 'Oxford', region: 'Oxfordshire', postalCode: 'OX1 4AA', country: 'UK' }), inFrance)).toEqual([
      '1 High Street',
      'Oxford',
      'Oxfordshire',
      'OX1 4AA',
      'UK',
    ]);
  });

  it('US: city, state code and ZIP on one line', () => {
    expect(formatPostalAddress(address({ street: '350 Fifth Avenue', city: 'New York', region: 'New York', postalCode: '10118', country: 'USA' }), inFrance)).toEqual([
      '350 Fifth Avenue',
      'New York, NY 10118',
      'USA',
    ]);
  });

  it('shows the country as typed, not the template’s English name; a territory names its parent country', () => {
    expect(formatPostalAddress(address({ street: '350 Fifth Avenue', city: 'New York', region: 'NY', postalCode: '10118', country: 'États-Unis' }), inFrance).at(-1)).toBe('États-Unis');
    expect(formatPostalAddress(address({ street: 'Calle 1', city: 'San Juan', postalCode: '00901', country: 'Puerto Rico' }), inFrance)).toEqual([
      'Calle 1',
      'San Juan, PR 00901',
      'United States of America',
    ]);
  });

  it('FR: the postcode before the town, street lines kept', () => {
    expect(formatPostalAddress(address({ street: '8 rue de Rivoli\nBâtiment B', city: 'Paris', postalCode: '75004', country: 'France' }), { defaultCountry: 'US' })).toEqual([
      '8 rue de Rivoli',
      'Bâtiment B',
      '75004 Paris',
      'France',
    ]);
  });

  it('DE: the postcode before the town', () => {
    expect(formatPostalAddress(address({ street: 'Unter den Linden 77', city: 'Berlin', postalCode: '10117', country: 'Deutschland' }), inFrance)).toEqual([
      'Unter den Linden 77',
      '10117 Berlin',
      'Deutschland',
    ]);
  });

  it('RU: the postcode last', () => {
    expect(formatPostalAddress(address({ street: 'ул. Тверская, д. 13', city: 'Москва', postalCode: '125009', country: 'Россия' }), inFrance)).toEqual([
      'ул. Тверская, д. 13',
      'Москва',
      'Россия',
      '125009',
    ]);
  });
});

describe('formatPostalAddress: country from the default', () => {
  it('an address without a country follows the default country, and shows no country', () => {
    const zip = address({ street: '350 Fifth Avenue', city: 'New York', region: 'NY', postalCode: '10118' });
    expect(formatPostalAddress(zip, { defaultCountry: 'US' })).toEqual(['350 Fifth Avenue', 'New York, NY 10118']);
    const paris = address({ street: '8 rue de Rivoli', city: 'Paris', postalCode: '75004' });
    expect(formatPostalAddress(paris, inFrance)).toEqual(['8 rue de Rivoli', '75004 Paris']);
    expect(addressCountryCode(paris, inFrance)).toBe('FR');
    expect(addressCountryCode(address({ country: 'Atlantis' }), inFrance)).toBe('FR');
  });

  it('loses nothing typed: an odd postcode and an unknown country still show', () => {
    const lines = formatPostalAddress(address({ street: 'x', city: 'Somewhere', region: 'Zone', postalCode: '1234567890123456789012345', country: 'Atlantis' }), { defaultCountry: null });
    for (const part of ['x', 'Somewhere', 'Zone', '1234567890123456789012345', 'Atlantis']) expect(lines.join('\n')).toContain(part);
  });

  it('gives one line for spreadsheet cells', () => {
    expect(oneLinePostalAddress(address({ street: '8 rue de Rivoli\nBâtiment B', city: 'Paris', postalCode: '75004', country: 'France' }), inFrance)).toBe('8 rue de Rivoli, Bâtiment B, 75004 Paris, France');
  });
});
