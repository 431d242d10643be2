import jpeg from 'jpeg-js';
import type { ImportPhoto } from '../import/import-record.ts';
import { decodeImage, downscale, encodePng, imageMime, upscale, type Pixels } from './image-pixels.ts';
import { binarize, blankBox, eraseRules, estimateSkew, grayToPixels, normalize, rotate, toGray } from './preprocess.ts';
import { findQrCode } from './qr-decode.ts';

/** The pixel work on one card, done before OCR: plain data, so it can cross a worker boundary. */
export interface PreparedCard {
  /** Cleaned, straightened, QR-blanked PNG for tesseract. */
  ocrImage: Uint8Array;
  qrText: string | null;
  photo: ImportPhoto;
  skew: number;
}

/** The side OCR works at: enough for 6-point text on a card photo, small enough to stay fast. */
const OCR_SIDE = 1600;
/** Largest side searched for a QR code: a small code in a big scan still has 2+ pixels a module. */
const QR_SIDE = 2400;
/** Photos kept on contacts: a card needs no more than this. */
const PHOTO_SIDE = 1280;

function keptPhoto(bytes: Uint8Array, pixels: Pixels): ImportPhoto {
  const mime = imageMime(bytes) ?? 'image/jpeg';
  if (bytes.byteLength <= 400_000 && Math.max(pixels.width, pixels.height) <= PHOTO_SIDE) return { kind: 'data', mime, data: bytes };
  const small = downscale(pixels, PHOTO_SIDE);
  const encoded = jpeg.encode({ width: small.width, height: small.height, data: Buffer.from(small.data.buffer, small.data.byteOffset, small.data.byteLength) }, 82);
  return { kind: 'data', mime: 'image/jpeg', data: Uint8Array.from(encoded.data) };
}

/**
 * Decodes the image, looks for a QR code, and makes the OCR input: working size (small photos
 * upscaled, large ones downscaled), local threshold, QR blanked, rules erased, tilt corrected.
 * CPU-bound (a 12 MP photo takes seconds): run it through `card-prep-pool.ts`, off the core's thread.
 */
export function prepareCard(bytes: Uint8Array, fileName: string): PreparedCard {
  // One downscale of a 12 MP photo serves the QR search, OCR and the kept photo.
  const pixels = downscale(decodeImage(bytes, fileName), QR_SIDE);
  const qrFound = findQrCode(pixels);
  const working = upscale(downscale(pixels, OCR_SIDE), OCR_SIDE);
  const binary = binarize(normalize(toGray(working)));
  if (qrFound) {
    const scale = working.width / pixels.width;
    blankBox(binary, { left: qrFound.box.left * scale, top: qrFound.box.top * scale, right: qrFound.box.right * scale, bottom: qrFound.box.bottom * scale });
  }
  eraseRules(binary);
  const skew = estimateSkew(binary);
  return { ocrImage: encodePng(grayToPixels(rotate(binary, skew))), qrText: qrFound?.text ?? null, photo: keptPhoto(bytes, pixels), skew };
}
