import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { availableLanguages, cardLanguage, languageDataFile, languageOfCountry, ocrLanguagesFor, unpackedPath } from '../../electron/core/cards/ocr-languages.ts';

describe('choosing the OCR language of a card', () => {
  it('starts from the language of the user’s country', () => {
    expect(languageOfCountry('FR')).toBe('fra');
    expect(languageOfCountry('AT')).toBe('deu');
    expect(languageOfCountry('MX')).toBe('spa');
    expect(languageOfCountry('RU')).toBe('rus');
    expect(languageOfCountry('US')).toBe('eng');
    expect(languageOfCountry('JP')).toBe('eng');
  });

  it('switches to the card’s own language on its phone prefix, domain or words', () => {
    // A Spanish card read by a US user: the +34 prefix and "Calle" outvote nothing English.
    expect(cardLanguage(['Tomas Herrera', '+34 915 550 123', 'therrera@herrera-arq.example', 'Calle de Alcala 45, 28014 Madrid'], 'eng')).toBe('spa');
    expect(cardLanguage(['Anne Roux', 'anne@roux.fr'], 'eng')).toBe('fra');
    expect(cardLanguage(['Jurgen Weiss', 'Geschaftsfuhrer', 'Hauptstrasse 5, 10115 Berlin'], 'eng')).toBe('deu');
    // A French job title alone (no prefix, national number) is enough.
    expect(cardLanguage(['Camille Fontaine', 'Chargée de communication', '04 78 12 34 56'], 'eng')).toBe('fra');
    expect(cardLanguage(['Opnos Anpxutan', '+7 812 765-43-21', 'orlov@orlov-digital.example'], 'eng')).toBe('rus');
    expect(cardLanguage(['Дмитрий Орлов'], 'eng')).toBe('rus');
  });

  it('keeps the first language when nothing points elsewhere or the hints are English', () => {
    expect(cardLanguage(['Tomas Okonkwo', 'Software Developer', '503.555.0166', 'tomas@greenleafapps.example'], 'eng')).toBe('eng');
    expect(cardLanguage(['Olivia Bennett', 'Phone: +1 (415) 555-0123', '1200 Market Street, San Francisco, CA 94102'], 'fra')).toBe('eng');
    expect(cardLanguage([], 'deu')).toBe('deu');
  });

  it('reads with the main language first, the others as fallbacks, English when data is missing', () => {
    expect(ocrLanguagesFor('spa')).toEqual(['spa', 'eng', 'fra', 'deu']);
    expect(ocrLanguagesFor('eng')).toEqual(['eng', 'fra', 'deu', 'spa']);
    expect(ocrLanguagesFor('rus')).toEqual(['rus', 'eng']);
    expect(ocrLanguagesFor('rus', ['eng', 'fra', 'deu', 'spa'])).toEqual(['eng', 'fra', 'deu', 'spa']);
  });

  it('does not take "Tel" or "Avenue" for French: English cards print them too', () => {
    expect(cardLanguage(['tel: +44 10) 20 9376', '2 Kingdom Street', 'Fifth Avenue'], 'eng')).toBe('eng');
  });
});

describe('language data', () => {
  it('has all five languages, Russian from assets/tessdata (tessdata_fast, Apache-2.0)', () => {
    expect(availableLanguages()).toEqual(['eng', 'fra', 'deu', 'spa', 'rus']);
    const rus = languageDataFile('rus');
    expect(rus).toMatch(/assets[\\/]tessdata[\\/]rus\.traineddata\.gz$/);
    // gzip magic: tesseract.js is told every file is gzipped.
    expect([...fs.readFileSync(rus).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  });

  it('reads unpacked files beside a packaged app’s asar archive', () => {
    expect(unpackedPath('/opt/Carnet/resources/app.asar/assets/tessdata/rus.traineddata.gz')).toBe('/opt/Carnet/resources/app.asar.unpacked/assets/tessdata/rus.traineddata.gz');
    expect(unpackedPath('C:\\Carnet\\resources\\app.asar\\node_modules\\x')).toBe('C:\\Carnet\\resources\\app.asar.unpacked\\node_modules\\x');
    expect(unpackedPath('/home/me/carnet/assets/x')).toBe('/home/me/carnet/assets/x');
  });
});
