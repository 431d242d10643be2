import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import { formatBytes, MAX_IMAGE_PIXELS, readImageHeader, sniffImageMime } from '../image-header.ts';

/** RGBA pixels of an image, as jsQR and the OCR pre-processing read them. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** PNG or JPEG by signature: the two formats read as business cards. */
export function imageMime(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  const mime = sniffImageMime(bytes);
  return mime === 'image/png' || mime === 'image/jpeg' ? mime : null;
}

/**
 * Decodes a PNG or JPEG in plain Node (no canvas). Throws a CarnetError naming the file otherwise,
 * and before decoding anything when the header claims more pixels than Carnet reads (a 76 KB PNG
 * can unpack to gigabytes).
 */
export function decodeImage(bytes: Uint8Array, fileName: string): Pixels {
  const mime = imageMime(bytes);
  if (!mime) throw new CarnetError('invalid_input', coreMessage('error.cardNotImage', { fileName }));
  const header = readImageHeader(bytes);
  // Over the cap, the file's size says how little data claims how many pixels.
  if (!header.ok) {
    throw new CarnetError('invalid_input', header.tooLarge ? coreMessage('error.cardImageTooLarge', { fileName, size: formatBytes(bytes.byteLength), reason: header.reason }) : coreMessage('error.cardImageUnusable', { fileName, reason: header.reason }));
  }
  try {
    if (mime === 'image/png') {
      const png = PNG.sync.read(Buffer.from(bytes));
      return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
    }
    // jpeg-js keeps its own cap: a second frame header could claim more than the first one did.
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_IMAGE_PIXELS / 1e6, maxMemoryUsageInMB: 1024 });
    return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength) };
  } catch (error) {
    throw new CarnetError('invalid_input', coreMessage('error.cardImageUnreadable', { fileName, detail: error instanceof Error ? error.message : String(error) }));
  }
}

/** Box-filter downscale so the longer side is at most `maxSide` (QR search and OCR need no more). */
export function downscale(pixels: Pixels, maxSide: number): Pixels {
  const scale = Math.max(pixels.width, pixels.height) / maxSide;
  if (scale <= 1) return pixels;
  const width = Math.max(1, Math.round(pixels.width / scale));
  const height = Math.max(1, Math.round(pixels.height / scale));
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * scale);
    const y1 = Math.min(pixels.height, Math.max(y0 + 1, Math.floor((y + 1) * scale)));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * scale);
      const x1 = Math.min(pixels.width, Math.max(x0 + 1, Math.floor((x + 1) * scale)));
      let r = 0, g = 0, b = 0, count = 0;
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const i = (sy * pixels.width + sx) * 4;
          r += pixels.data[i]!;
          g += pixels.data[i + 1]!;
          b += pixels.data[i + 2]!;
          count++;
        }
      }
      const o = (y * width + x) * 4;
      out[o] = r / count;
      out[o + 1] = g / count;
      out[o + 2] = b / count;
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}

/** Encodes pixels as PNG (a cropped or cleaned card handed to OCR). */
export function encodePng(pixels: Pixels): Uint8Array {
  const png = new PNG({ width: pixels.width, height: pixels.height });
  png.data = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
  return Uint8Array.from(PNG.sync.write(png));
}

/** Bilinear upscale so the longer side is `side`: small photos give tesseract too few pixels per letter. */
export function upscale(pixels: Pixels, side: number): Pixels {
  const scale = side / Math.max(pixels.width, pixels.height);
  if (scale <= 1.05) return pixels;
  const width = Math.round(pixels.width * scale);
  const height = Math.round(pixels.height * scale);
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(pixels.height - 1, (y + 0.5) / scale - 0.5);
    const y0 = Math.max(0, Math.floor(sy));
    const y1 = Math.min(pixels.height - 1, y0 + 1);
    const fy = Math.max(0, sy - y0);
    for (let x = 0; x < width; x++) {
      const sx = Math.min(pixels.width - 1, (x + 0.5) / scale - 0.5);
      const x0 = Math.max(0, Math.floor(sx));
      const x1 = Math.min(pixels.width - 1, x0 + 1);
      const fx = Math.max(0, sx - x0);
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) {
        const a = pixels.data[(y0 * pixels.width + x0) * 4 + c]!;
        const b = pixels.data[(y0 * pixels.width + x1) * 4 + c]!;
        const d = pixels.data[(y1 * pixels.width + x0) * 4 + c]!;
        const e = pixels.data[(y1 * pixels.width + x1) * 4 + c]!;
        out[o + c] = (a * (1 - fx) + b * fx) * (1 - fy) + (d * (1 - fx) + e * fx) * fy;
      }
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}
