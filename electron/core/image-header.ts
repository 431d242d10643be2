import { imageSize } from 'image-size';
import { coreMessage, type CoreText } from '../../shared/messages/core-text.ts';

/**
 * What an image's header says, read before anything is decoded. A PNG or GIF of a few kilobytes can
 * claim 50000 × 50000 pixels: decoding it (pngjs, jpeg-js) or drawing it (Chromium, for vCard
 * photos) would take gigabytes. Card reading and vCard photos both ask this first and refuse an
 * image over the cap, so one rule holds wherever an image enters Carnet.
 */

/** Largest image Carnet decodes or keeps (pixels): a 48 MP photo is the most a phone writes. */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Image types Carnet keeps and shows (Chromium draws them all), by image-size's type name. */
const MIME_OF_TYPE: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', bmp: 'image/bmp' };

export type ImageHeader =
  | { ok: true; mime: string; width: number; height: number }
  /**
   * `reason` completes "the image …" / "the photo …": "is 50000 × 50000 pixels (…)".
   * `tooLarge` when the header was read and claims more than the cap.
   */
  | { ok: false; tooLarge: boolean; reason: CoreText };

/** Megapixels with one decimal ("2500", "12.2"); the unit is in the message. */
const megapixels = (pixels: number) => Math.round(pixels / 1e5) / 10;

/** The image type by its first bytes (signature), for the types Carnet shows; null otherwise. */
export function sniffImageMime(bytes: Uint8Array): string | null {
  const at = (offset: number, ...values: number[]) => values.every((value, i) => bytes[offset + i] === value);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  if (at(0, 0x42, 0x4d)) return 'image/bmp';
  return null;
}

const unusable = (reason: CoreText): ImageHeader => ({ ok: false, tooLarge: false, reason });

/**
 * The image's type and size from its header (image-size reads a few hundred bytes; nothing is
 * decoded), or why it cannot be used: an unreadable header, a type Carnet does not show, no
 * pixels, or more than MAX_IMAGE_PIXELS.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  let size: { width: number; height: number; type?: string };
  try {
    size = imageSize(bytes);
  } catch (error) {
    const frame = bytes[0] === 0xff && bytes[1] === 0xd8 ? jpegFrameSize(bytes) : null;
    if (frame) size = { ...frame, type: 'jpg' };
    else {
      const detail = error instanceof Error ? error.message : String(error);
      const signature = sniffImageMime(bytes);
      // image-size says "unsupported file type" for a known format cut short in its header too.
      if (!/unsupported file type/i.test(detail)) return unusable(coreMessage('image.cannotRead', { detail }));
      if (signature) return unusable(coreMessage('image.headerCut', { format: signature.slice(6).toUpperCase() }));
      return unusable(coreMessage('image.notImage'));
    }
  }
  const mime = size.type ? MIME_OF_TYPE[size.type] : undefined;
  if (!mime) return unusable(coreMessage('image.unknownFormat', { format: size.type?.toUpperCase() ?? 'an unknown' }));
  const { width, height } = size;
  if (!(width > 0 && height > 0)) return unusable(coreMessage('image.noPixels', { width, height }));
  const pixels = width * height;
  if (pixels > MAX_IMAGE_PIXELS) {
    return { ok: false, tooLarge: true, reason: coreMessage('image.tooManyPixels', { width, height, megapixels: megapixels(pixels), cap: megapixels(MAX_IMAGE_PIXELS) }) };
  }
  return { ok: true, mime, width, height };
}

/** JPEG frame headers (SOF0-SOF15 but DHT C4, JPG C8 and DAC CC): the ones that carry the size. */
const JPEG_FRAME_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * A JPEG's frame size, walking its segments as libjpeg (Chromium's decoder) does: bytes between
 * segments that are not a marker are skipped until the next 0xFF. Written here because image-size
 * gives up on them, while real exports have them (a BlackBerry photo with stray bytes after its
 * EXIF block) and Chromium shows those photos. Null when no frame header comes before the scan.
 */
function jpegFrameSize(bytes: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 1 < bytes.length) {
    const marker = bytes[i + 1]!;
    // Not a marker (stray bytes), a fill byte, or a stuffed 0xFF00: move on one byte, like libjpeg.
    if (bytes[i] !== 0xff || marker === 0xff || marker === 0x00) {
      i++;
      continue;
    }
    // End of image, or the scan starts with no frame header: nothing tells the size.
    if (marker === 0xd9 || marker === 0xda) return null;
    // Markers without a length: TEM, RST0-7, a repeated SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2;
      continue;
    }
    if (i + 9 > bytes.length) return null;
    if (JPEG_FRAME_MARKERS.has(marker)) return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
    i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
  }
  return null;
}

/** "76 KB", "1.2 MB": a file's size as a person reads it in an error. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round(bytes / (1024 * 1024) * 10) / 10} MB`;
}
