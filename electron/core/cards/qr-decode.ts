import jsQR from 'jsqr';
import { downscale, type Pixels } from './image-pixels.ts';

/** A QR code found on a card: its text and the box it occupies (to blank it before OCR). */
export interface QrFound {
  text: string;
  box: { left: number; top: number; right: number; bottom: number };
}

/**
 * Looks for a QR code: first at a working size (a 12 MP photo is slow to scan and the code is
 * large on a card), then at full size for small codes in large scans. Dark-on-light and inverted.
 */
export function findQrCode(pixels: Pixels): QrFound | null {
  const sizes = [1200, 2400].filter((side, i) => i === 0 || Math.max(pixels.width, pixels.height) > 1200);
  const tried = new Set<number>();
  for (const side of sizes) {
    const image = downscale(pixels, side);
    if (tried.has(image.width)) continue;
    tried.add(image.width);
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
    if (!code || !code.data) continue;
    const scale = pixels.width / image.width;
    const corners = [code.location.topLeftCorner, code.location.topRightCorner, code.location.bottomLeftCorner, code.location.bottomRightCorner];
    const xs = corners.map((p) => p.x * scale);
    const ys = corners.map((p) => p.y * scale);
    return { text: code.data, box: { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) } };
  }
  return null;
}
