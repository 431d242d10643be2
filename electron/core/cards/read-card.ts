import jpeg from 'jpeg-js';
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { ContactInput } from '../../../shared/contract/contacts.ts';
import type { ImportPhoto } from '../import/import-record.ts';
import { draftFromOcr, type CardDraft } from './card-fields.ts';
import { decodeImage, downscale, encodePng, imageMime, upscale, type Pixels } from './image-pixels.ts';
import type { OcrEngine } from './ocr-engine.ts';
import { binarize, blankBox, eraseRules, estimateSkew, grayToPixels, rotate, toGray } from './preprocess.ts';
import { findQrCode } from './qr-decode.ts';
import { contactFromQrText, type QrContact } from './qr-payload.ts';

/** Everything Carnet read from one card image. */
export interface CardReading {
  draft: CardDraft;
  qr: { text: string; format: QrContact['format'] | null } | null;
  /** The card as it will be kept on the contact (downscaled JPEG, or the original when small). */
  photo: ImportPhoto;
  /** Tilt that was corrected, in degrees. */
  skew: number;
}

/** The side OCR works at: enough for 6-point text on a card photo, small enough to stay fast. */
const OCR_SIDE = 1600;
/** Largest side searched for a QR code: a small code in a big scan still has 2+ pixels a module. */
const QR_SIDE = 2400;
/** Photos kept on contacts: a card needs no more than this. */
const PHOTO_SIDE = 1280;

/** ccTLD → country, to read national phone numbers on a card from abroad (".de" → DE). */
function countryFromHosts(hosts: string[], fallback: CountryCode): CountryCode {
  for (const host of hosts) {
    const tld = host.split('.').pop()!.toUpperCase();
    const code = tld === 'UK' ? 'GB' : tld;
    if (code.length === 2 && isSupportedCountry(code)) return code;
  }
  return fallback;
}

function keptPhoto(bytes: Uint8Array, pixels: Pixels): ImportPhoto {
  const mime = imageMime(bytes) ?? 'image/jpeg';
  if (bytes.byteLength <= 400_000 && Math.max(pixels.width, pixels.height) <= PHOTO_SIDE) return { kind: 'data', mime, data: bytes };
  const small = downscale(pixels, PHOTO_SIDE);
  const encoded = jpeg.encode({ width: small.width, height: small.height, data: Buffer.from(small.data.buffer, small.data.byteOffset, small.data.byteLength) }, 82);
  return { kind: 'data', mime: 'image/jpeg', data: Uint8Array.from(encoded.data) };
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
 * phone numbers; a ccTLD on the card overrides it.
 */
export async function readCardImage(bytes: Uint8Array, fileName: string, options: { engine: OcrEngine; country: CountryCode; onProgress?: (progress: number) => void }): Promise<CardReading> {
  // One downscale of a 12 MP photo serves the QR search, OCR and the kept photo.
  const pixels = downscale(decodeImage(bytes, fileName), QR_SIDE);
  const qrFound = findQrCode(pixels);
  const qrContact = qrFound ? contactFromQrText(qrFound.text) : null;

  const working = process.env.CARNET_OCR_UP === '0' ? downscale(pixels, OCR_SIDE) : upscale(downscale(pixels, OCR_SIDE), OCR_SIDE);
  const binary = binarize(toGray(working));
  if (qrFound) {
    const scale = working.width / pixels.width;
    blankBox(binary, { left: qrFound.box.left * scale, top: qrFound.box.top * scale, right: qrFound.box.right * scale, bottom: qrFound.box.bottom * scale });
  }
  eraseRules(binary);
  const skew = estimateSkew(binary);
  const ocr = await options.engine.recognize(encodePng(grayToPixels(rotate(binary, skew))), options.onProgress);

  const firstPass = draftFromOcr(ocr.lines, options.country);
  const hosts = [...(firstPass.fields.emails ?? []).map((e) => e.value.split('@')[1] ?? ''), ...(firstPass.fields.websites ?? []).map((w) => w.value.replace(/^https?:\/\//, '').split('/')[0]!)];
  const country = countryFromHosts(hosts, options.country);
  let draft = country === options.country ? firstPass : draftFromOcr(ocr.lines, country);
  if (qrContact) draft = mergeQr(draft, qrContact.fields, country);
  return {
    draft,
    qr: qrFound ? { text: qrFound.text, format: qrContact?.format ?? null } : null,
    photo: keptPhoto(bytes, pixels),
    skew,
  };
}
