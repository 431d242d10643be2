import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { ContactInput } from '../../../shared/contract/contacts.ts';
import type { ImportPhoto } from '../import/import-record.ts';
import { draftFromOcr, type CardDraft } from './card-fields.ts';
import type { OcrEngine, OcrResult } from './ocr-engine.ts';
import { cardLanguage, languageOfCountry, ocrLanguagesFor, type OcrLanguage } from './ocr-languages.ts';
import { prepareCardOffThread } from './card-prep-pool.ts';
import { contactFromQrText, type QrContact } from './qr-payload.ts';

/** Everything Carnet read from one card image. */
export interface CardReading {
  draft: CardDraft;
  qr: { text: string; format: QrContact['format'] | null } | null;
  /** The card as it will be kept on the contact (downscaled JPEG, or the original when small). */
  photo: ImportPhoto;
  /** Tilt that was corrected, in degrees. */
  skew: number;
  /** The main OCR language the text was read with (after the card's own hints). */
  language: OcrLanguage;
}

/** ccTLD → country, to read national phone numbers on a card from abroad (".de" → DE). */
function countryFromHosts(hosts: string[], fallback: CountryCode): CountryCode {
  for (const host of hosts) {
    const tld = host.split('.').pop()!.toUpperCase();
    const code = tld === 'UK' ? 'GB' : tld;
    if (code.length === 2 && isSupportedCountry(code)) return code;
  }
  return fallback;
}

/** E.164 where the number is understood, as written otherwise. */
function toE164(value: string, country: CountryCode): string {
  const parsed = parsePhoneNumberFromString(value, country);
  return parsed?.isValid() ? parsed.number : value;
}

/** QR fields win over OCR for the fields the code has; OCR fills the rest (FORMATS.md). */
function mergeQr(draft: CardDraft, qr: ContactInput, country: CountryCode): CardDraft {
  const fields = { ...draft.fields };
  const confidence = { ...draft.confidence };
  for (const key of ['firstName', 'lastName', 'company', 'title'] as const) {
    const value = qr[key];
    if (value) {
      fields[key] = value;
      confidence[key] = 1;
    }
  }
  for (const key of ['emails', 'phones', 'websites', 'addresses'] as const) {
    const list = qr[key];
    if (!list?.length) continue;
    (fields as Record<string, unknown>)[key] = key === 'phones' ? qr.phones!.map((p) => ({ ...p, value: toE164(p.value, country) })) : list;
    for (const name of Object.keys(confidence)) if (name.startsWith(`${key}.`)) delete confidence[name];
    list.forEach((_, i) => (confidence[`${key}.${i}`] = 1));
  }
  if (qr.birthday) fields.birthday = qr.birthday;
  if (qr.notes) fields.notes = qr.notes;
  return { ...draft, fields, confidence };
}

/**
 * Reads one card photo or scan: QR code first (on the full image), then OCR on a cleaned,
 * straightened, QR-blanked copy, then the text → fields heuristics. `country` reads national
 * phone numbers; a ccTLD on the card overrides it. OCR reads first with the language of `country`,
 * then again with the card's own when its phone prefixes, domain or words point to another
 * (ocr-languages.ts). The pixel work runs in a worker thread and OCR in tesseract's: the calling
 * thread only waits.
 */
export async function readCardImage(bytes: Uint8Array, fileName: string, options: { engine: OcrEngine; country: CountryCode; onProgress?: (progress: number) => void }): Promise<CardReading> {
  const prepared = await prepareCardOffThread(bytes, fileName);
  const qrContact = prepared.qrText !== null ? contactFromQrText(prepared.qrText) : null;
  const { ocr, language } = await readText(prepared.ocrImage, options);

  const firstPass = draftFromOcr(ocr.lines, options.country);
  const hosts = [...(firstPass.fields.emails ?? []).map((e) => e.value.split('@')[1] ?? ''), ...(firstPass.fields.websites ?? []).map((w) => w.value.replace(/^https?:\/\//, '').split('/')[0]!)];
  const country = countryFromHosts(hosts, options.country);
  let draft = country === options.country ? firstPass : draftFromOcr(ocr.lines, country);
  if (qrContact) draft = mergeQr(draft, qrContact.fields, country);
  return {
    draft,
    qr: prepared.qrText !== null ? { text: prepared.qrText, format: qrContact?.format ?? null } : null,
    photo: prepared.photo,
    skew: prepared.skew,
    language,
  };
}

/**
 * OCR with the user's country's language, then once more with the card's language when the first
 * reading shows another (a second reading costs about as much as the first). Progress runs 0-0.6
 * over the first reading and 0.6-1 over the second, never backwards.
 */
async function readText(image: Uint8Array, options: { engine: OcrEngine; country: CountryCode; onProgress?: (progress: number) => void }): Promise<{ ocr: OcrResult; language: OcrLanguage }> {
  const installed = options.engine.languages as readonly OcrLanguage[];
  const first = ocrLanguagesFor(languageOfCountry(options.country), installed)[0]!;
  const progress = (from: number, span: number) => (options.onProgress ? (p: number) => options.onProgress!(from + p * span) : undefined);
  const ocr = await options.engine.recognize(image, { languages: ocrLanguagesFor(first, installed), onProgress: progress(0, 0.6) });
  const own = ocrLanguagesFor(cardLanguage(ocr.lines.map((line) => line.text), first), installed)[0]!;
  if (own === first) return { ocr, language: first };
  const again = await options.engine.recognize(image, { languages: ocrLanguagesFor(own, installed), onProgress: progress(0.6, 0.4) });
  return { ocr: again, language: own };
}
