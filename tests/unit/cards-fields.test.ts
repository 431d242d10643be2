import { describe, expect, it } from 'vitest';
import { draftFromOcr } from '../../electron/core/cards/card-fields.ts';
import { findBrokenEmail, findEmails, findPhones, findWebsites, looksLikeAddress, parseAddress } from '../../electron/core/cards/card-patterns.ts';
import type { OcrLine } from '../../electron/core/cards/ocr-engine.ts';

/** OCR lines top to bottom, with a height (the name is the tallest) and a confidence. */
function lines(...specs: [text: string, height?: number, confidence?: number][]): OcrLine[] {
  let top = 0;
  return specs.map(([text, height = 20, confidence = 0.92]) => {
    const line = { text, confidence, box: { left: 10, top, right: 600, bottom: top + height }, words: [] };
    top += height + 10;
    return line;
  });
}

describe('card text patterns', () => {
  it('finds emails through OCR spacing and ignores text that is not one', () => {
    expect(findEmails('Email: Olivia.Bennett@Northwind.example')).toEqual(['olivia.bennett@northwind.example']);
    expect(findEmails('k.watanabe @pacificrim. example')).toEqual(['k.watanabe@pacificrim.example']);
    expect(findEmails('Calle Mayor 10, 28013 Madrid')).toEqual([]);
    expect(findBrokenEmail('k.watanabe O pacificrim.example')).toBe('k.watanabe@pacificrim.example');
    expect(findBrokenEmail('Senior Researcher')).toBeNull();
    expect(findBrokenEmail('k.watanabe©pacificrim.example')).toBe('k.watanabe@pacificrim.example');
    // An "e" inside a word is a letter, and a website is not an email (holdout-shared-price-photo.jpg).
    expect(findBrokenEmail('www.pricedigital.example')).toBeNull();
    expect(findBrokenEmail('pricedigital.example')).toBeNull();
  });

  it('finds websites, repairs an OCR-mangled scheme, and skips company forms and email domains', () => {
    expect(findWebsites('hitps:Hwww.contoso-analytics.example')).toEqual(['https://www.contoso-analytics.example']);
    expect(findWebsites('www.dupre.example')).toEqual(['www.dupre.example']);
    expect(findWebsites('Soluciones Ibéricas S.L.')).toEqual([]);
    expect(findWebsites('Fabrikam Robotics Inc.')).toEqual([]);
    expect(findWebsites('dan@fabrikam-robotics.example')).toEqual([]);
  });

  it('reads phones as E.164 with their label, and leaves postal codes alone', () => {
    expect(findPhones('Phone: +1 (415) 555-0123', 'US')).toEqual([{ value: '+14155550123', label: 'work' }]);
    expect(findPhones('mob: +44 (0) 7911 123456', 'US')).toEqual([{ value: '+447911123456', label: 'mobile' }]);
    expect(findPhones('Fax: +1 (987) 312-6745', 'US')).toEqual([{ value: '+19873126745', label: 'fax' }]);
    expect(findPhones('Tél. : 01 42 68 53 00', 'FR')).toEqual([{ value: '+33142685300', label: 'work' }]);
    // Read with US settings, a French national number is kept as printed.
    expect(findPhones('Tél. : 01 42 68 53 00', 'US')).toEqual([{ value: '01 42 68 53 00', label: 'work' }]);
    expect(findPhones('1200 Market Street, San Francisco, CA 94102', 'US')).toEqual([]);
    // Grouped national numbers without a label, read with another country's settings: as printed.
    expect(findPhones('atelier-lumiere.example · 04 78 12 34 56', 'US')).toEqual([{ value: '04 78 12 34 56', label: '' }]);
    expect(findPhones('Teléfono 961 23 45 67', 'US')).toEqual([{ value: '961 23 45 67', label: 'work' }]);
    expect(findPhones('Invoice 2024 12', 'US')).toEqual([]);
    expect(findPhones('Тел.: +7 495 123-45-67', 'US')).toEqual([{ value: '+74951234567', label: 'work' }]);
    expect(findPhones('Моб. +7 912 345-67-89', 'US')).toEqual([{ value: '+79123456789', label: 'mobile' }]);
  });

  it('recognises and splits postal addresses in several countries', () => {
    expect(looksLikeAddress('Hauptstraße 5, 10115 Berlin')).toBe(true);
    expect(looksLikeAddress('Head of Partnerships')).toBe(false);
    expect(parseAddress(['1200 Market Street, San Francisco, CA 94102'])).toEqual({ street: '1200 Market Street', city: 'San Francisco', region: 'CA', postalCode: '94102', country: '' });
    expect(parseAddress(['12 rue de la Paix, 75002 Paris'])).toMatchObject({ street: '12 rue de la Paix', city: 'Paris', postalCode: '75002' });
    expect(parseAddress(['2 Kingdom Street', 'Paddington, London W2 6BD'])).toMatchObject({ street: '2 Kingdom Street, Paddington', city: 'London', postalCode: 'W2 6BD' });
    expect(looksLikeAddress('ул. Тверская, 7, Москва, 125009')).toBe(true);
    expect(parseAddress(['ул. Тверская, 7, Москва, 125009'])).toMatchObject({ street: 'ул. Тверская, 7', city: 'Москва', postalCode: '125009' });
    expect(looksLikeAddress('Иван Петров')).toBe(false);
  });
});

describe('draftFromOcr', () => {
  it('builds a draft from a classic layout, each field with a confidence', () => {
    const draft = draftFromOcr(lines(['NORTHWIND TRADERS', 19], ['Olivia Bennett', 40], ['Head of Partnerships', 25], ['Phone: +1 (415) 555-0123'], ['Email: olivia.bennett@northwind.example'], ['www.northwind.example'], ['1200 Market Street, San Francisco, CA 94102']), 'US');
    expect(draft.fields).toMatchObject({
      firstName: 'Olivia',
      lastName: 'Bennett',
      title: 'Head of Partnerships',
      company: 'Northwind Traders',
      emails: [{ value: 'olivia.bennett@northwind.example' }],
      phones: [{ value: '+14155550123', label: 'work' }],
      websites: [{ value: 'www.northwind.example' }],
      addresses: [{ street: '1200 Market Street', city: 'San Francisco', region: 'CA', postalCode: '94102' }],
    });
    for (const key of ['firstName', 'lastName', 'company', 'title', 'emails.0', 'phones.0', 'websites.0', 'addresses.0']) {
      expect(draft.confidence[key], key).toBeGreaterThan(0.5);
      expect(draft.confidence[key], key).toBeLessThanOrEqual(1);
    }
  });

  it('picks the name the email spells over a taller logo line, and strips honorifics', () => {
    const draft = draftFromOcr(lines(['Contoso', 90], ['Dr. Avery Smith', 40], ['Senior Researcher'], ['avery.smith@contoso.com'], ['https://www.contoso.com/']), 'GB');
    expect(draft.fields).toMatchObject({ firstName: 'Avery', lastName: 'Smith', company: 'Contoso', title: 'Senior Researcher' });
  });

  it('reconciles an email domain one OCR slip away from the website, trusting the surer line', () => {
    const draft = draftFromOcr(lines(['Amira Haddad', 40], ['amira.haddad@cedarcapital.exampie', 20, 0.6], ['www.cedarcapital.example', 20, 0.9]), 'US');
    expect(draft.fields.emails).toEqual([{ label: 'work', value: 'amira.haddad@cedarcapital.example' }]);
  });

  it('tells a company from a job title holding a business word, and finds a name printed below the company', () => {
    const draft = draftFromOcr(lines(['ATELIER LUMIERE', 73], ['atelier-lumiere.example · 04 78 12 34 56', 35], ['camille@atelier-lumiere.example', 35], ['Camille Fontaine', 60], ['Chargée de communication', 43]), 'FR');
    expect(draft.fields).toMatchObject({ firstName: 'Camille', lastName: 'Fontaine', company: 'Atelier Lumiere', title: 'Chargée de communication', phones: [{ value: '+33478123456' }] });
    const dev = draftFromOcr(lines(['Tomas Okonkwo', 59], ['Software Developer', 40], ['Greenleaf Apps', 41], ['tomas@greenleafapps.example']), 'US');
    expect(dev.fields).toMatchObject({ company: 'Greenleaf Apps', title: 'Software Developer' });
    // "as" is a legal form only at the end of a line.
    expect(draftFromOcr(lines(['Kari Nordmann', 50], ['Nordlys Data AS']), 'NO').fields.company).toBe('Nordlys Data AS');
  });

  it('reads a dot OCR saw as a space, and lets the company name decide between email and website domains', () => {
    const draft = draftFromOcr(lines(['Kenji Watanabe', 44], ['Pacific Rim Logistics'], ['k.watanabe @pacificnm example', 20, 0.72], ['pacificrim.example', 20, 0.43]), 'US');
    expect(draft.fields.emails).toEqual([{ label: 'work', value: 'k.watanabe@pacificrim.example' }]);
    expect(draft.fields.websites).toEqual([{ label: 'work', value: 'pacificrim.example' }]);
    // A cut-off local part is not a website.
    expect(findWebsites('k.watanabe')).toEqual([]);
  });

  it('gives a low confidence to a guessed email and drops debris lines', () => {
    const draft = draftFromOcr(lines(['Kenji Watanabe', 44], ['—', 10, 0.2], ['k.watanabe O pacificrim.example', 20, 0.7]), 'US');
    expect(draft.fields.emails).toEqual([{ label: 'work', value: 'k.watanabe@pacificrim.example' }]);
    expect(draft.confidence['emails.0']).toBeLessThan(0.5);
    expect(draft.text).not.toContain('—');
  });

  it('returns an empty draft, not an error, when the text holds nothing usable', () => {
    const draft = draftFromOcr(lines(['~~ ::', 10, 0.1]), 'US');
    expect(draft.fields).toMatchObject({ firstName: '', lastName: '', company: '', emails: [], phones: [] });
    expect(draft.confidence).toEqual({});
  });
});
