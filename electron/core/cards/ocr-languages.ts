import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPhoneNumbersInText, isSupportedCountry } from 'libphonenumber-js';
import { CarnetError } from '../../../shared/errors.ts';
import { TITLE_WORDS_BY_LANGUAGE } from './card-patterns.ts';

/**
 * Which tesseract language data reads a card, and where that data lives.
 *
 * tesseract reads a card with a main language and tries the others only on words it is unsure
 * of: with English first, "Tomás" comes out as a confident "Tomas" and "Müller" as "Muller". So the
 * main language must be the card's own. Carnet reads a card first with the language of the user's
 * country, looks at what it read for the card's country (phone prefixes, the domain's country code,
 * street and label words, Cyrillic letters), and reads it again with that language first when it
 * differs.
 */

/** English, French, German, Spanish (npm packages @tesseract.js-data/*) and Russian (assets/tessdata). */
export const OCR_LANGUAGES = ['eng', 'fra', 'deu', 'spa', 'rus'] as const;
export type OcrLanguage = (typeof OCR_LANGUAGES)[number];

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Inside a packaged app the files electron-builder unpacks (asarUnpack) sit beside app.asar in
 * app.asar.unpacked: tesseract's worker thread reads them with plain fs, which knows no asar.
 */
export function unpackedPath(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/**
 * Language data shipped in the repository rather than from npm: @tesseract.js-data publishes no
 * Russian. Found by walking up from this module: electron/core/cards/ when run from source,
 * dist/electron/ in the built app.
 */
function bundledDataFile(lang: string): string | null {
  let dir = here;
  for (let up = 0; up < 5; up++) {
    const candidate = path.join(dir, 'assets', 'tessdata', `${lang}.traineddata.gz`);
    if (fs.existsSync(unpackedPath(candidate))) return unpackedPath(candidate);
    dir = path.dirname(dir);
  }
  return null;
}

/** The gzipped traineddata of a language, or a CarnetError saying which package or file is missing. */
export function languageDataFile(lang: string): string {
  if (lang === 'rus') {
    const file = bundledDataFile(lang);
    if (!file) throw new CarnetError('internal', 'OCR language data for "rus" is missing: assets/tessdata/rus.traineddata.gz is not in this build.');
    return file;
  }
  let source: string;
  try {
    source = unpackedPath(path.join(path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int', `${lang}.traineddata.gz`));
  } catch {
    throw new CarnetError('internal', `OCR language data for "${lang}" is not installed (npm package @tesseract.js-data/${lang}).`);
  }
  if (!fs.existsSync(source)) throw new CarnetError('internal', `OCR language data is missing: ${source}`);
  return source;
}

/** The languages whose data this installation has (Russian may be missing from a build). */
export function availableLanguages(): OcrLanguage[] {
  return OCR_LANGUAGES.filter((lang) => {
    try {
      languageDataFile(lang);
      return true;
    } catch {
      return false;
    }
  });
}

const COUNTRY_LANGUAGE: Partial<Record<string, OcrLanguage>> = {
  FR: 'fra', BE: 'fra', LU: 'fra', MC: 'fra', SN: 'fra', CI: 'fra', CM: 'fra', MA: 'fra', TN: 'fra', DZ: 'fra', HT: 'fra', RE: 'fra', GP: 'fra', MQ: 'fra', NC: 'fra', PF: 'fra',
  DE: 'deu', AT: 'deu', CH: 'deu', LI: 'deu',
  ES: 'spa', MX: 'spa', AR: 'spa', CO: 'spa', CL: 'spa', PE: 'spa', VE: 'spa', EC: 'spa', GT: 'spa', CU: 'spa', BO: 'spa', DO: 'spa',
  HN: 'spa', PY: 'spa', SV: 'spa', NI: 'spa', CR: 'spa', PA: 'spa', UY: 'spa', PR: 'spa',
  RU: 'rus', BY: 'rus', KZ: 'rus', KG: 'rus',
};

/** The main language of a country's cards; English where Carnet has no better one. */
export function languageOfCountry(country: string): OcrLanguage {
  return COUNTRY_LANGUAGE[country.toUpperCase()] ?? 'eng';
}

/**
 * Words on a card that tell its language (matched on the text as read, accents possibly lost):
 * street and label words here, job titles from the title word lists.
 */
const LANGUAGE_WORDS: (readonly [OcrLanguage, RegExp])[] = [
  ...TITLE_WORDS_BY_LANGUAGE.map(([language, words]) => [language as OcrLanguage, words] as const),
  // Not "tel", "avenue" or "boulevard": English cards print them too.
  ['fra', /(?<![\p{L}])(?:rue|allée|cedex|tél|téléphone|courriel|portable|télécopie|sarl|sas|eurl)(?![\p{L}])/iu],
  ['deu', /(?:stra(?:ß|ss|b)e|(?<![\p{L}])(?:str|telefon|mobil|handy|gmbh|platz|weg|allee|gasse)(?![\p{L}]))/iu],
  ['spa', /(?<![\p{L}])(?:calle|avda|avenida|plaza|paseo|tel[ée]fono|m[óo]vil|celular|s\.\s?[al]\.|c\/)(?![\p{L}])/iu],
  ['eng', /(?<![\p{L}])(?:street|suite|road|avenue|phone|mobile|cell|office|inc|llc|ltd)(?![\p{L}])|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/u],
  ['rus', /[\u0400-\u04ff]{2,}/u],
];

/**
 * The card's language from what a first reading found: each phone number's country (`+34 …`)
 * and each domain's country code (.fr) counts twice, each line with words of a language once
 * (street and label words, job titles: "Chargée de communication").
 * Returns `fallback` when nothing points elsewhere (a US card read for a US user).
 */
export function cardLanguage(lines: string[], fallback: OcrLanguage): OcrLanguage {
  const votes = new Map<OcrLanguage, number>();
  const vote = (lang: OcrLanguage, weight: number) => votes.set(lang, (votes.get(lang) ?? 0) + weight);
  for (const line of lines) {
    for (const match of findPhoneNumbersInText(line.replace(/\(0\)/g, ' '))) {
      if (match.number.country) vote(languageOfCountry(match.number.country), 2);
    }
    for (const host of line.toLowerCase().matchAll(/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2})(?![a-z0-9.-])/g)) {
      const code = host[1]!.toUpperCase();
      const country = code === 'UK' ? 'GB' : code;
      if (isSupportedCountry(country)) vote(languageOfCountry(country), 2);
    }
    for (const [lang, words] of LANGUAGE_WORDS) if (words.test(line)) vote(lang, 1);
  }
  let best = fallback;
  for (const [lang, count] of votes) if (count > (votes.get(best) ?? 0)) best = lang;
  return best;
}

/**
 * The languages to read with, main one first. The other Latin-script languages come along as
 * fallbacks (tesseract tries them on the words the main one is unsure of; on a noisy photo they
 * rescue digits and letters), English always (emails, websites). Russian reads with English only.
 */
export function ocrLanguagesFor(main: OcrLanguage, available: readonly OcrLanguage[] = OCR_LANGUAGES): OcrLanguage[] {
  const first = available.includes(main) ? main : 'eng';
  const rest: OcrLanguage[] = first === 'rus' ? ['eng'] : ['eng', 'fra', 'deu', 'spa'];
  return [first, ...rest.filter((lang) => lang !== first && available.includes(lang))];
}
