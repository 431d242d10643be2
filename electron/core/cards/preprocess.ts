import type { Pixels } from './image-pixels.ts';

/**
 * Cleans a card photo before OCR: tesseract's own global threshold drowns in desk textures,
 * shadows and dark cards, and it reads tilted lines poorly. Plain JS on small images (~1600 px),
 * so it runs the same in the core, the CLI and the bench with no native dependency.
 */

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

export function toGray(pixels: Pixels): Gray {
  const data = new Uint8Array(pixels.width * pixels.height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    data[i] = (pixels.data[p]! * 299 + pixels.data[p + 1]! * 587 + pixels.data[p + 2]! * 114) / 1000;
  }
  return { width: pixels.width, height: pixels.height, data };
}

/**
 * Stretches the contrast of a dim photo (a card in shadow: nothing brighter than light grey) so the
 * darkest 1% is black and the brightest 1% white; it then thresholds like a well-lit one.
 */
export function normalize(gray: Gray): Gray {
  const histogram = new Uint32Array(256);
  for (const value of gray.data) histogram[value]!++;
  const cut = gray.data.length * 0.01;
  let low = 0;
  for (let seen = 0; low < 255 && seen + histogram[low]! <= cut; low++) seen += histogram[low]!;
  let high = 255;
  for (let seen = 0; high > 0 && seen + histogram[high]! <= cut; high--) seen += histogram[high]!;
  // Only dim photos: stretching a well-lit one amplifies its noise and desk texture for nothing.
  if (high >= 200 || high - low < 16) return gray;
  const out = new Uint8Array(gray.data.length);
  const scale = 255 / (high - low);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(0, Math.min(255, Math.round((gray.data[i]! - low) * scale)));
  return { width: gray.width, height: gray.height, data: out };
}

/** Summed-area table, for window means in constant time. */
function integral(gray: Gray): Float64Array {
  const { width, height, data } = gray;
  const sums = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += data[y * width + x]!;
      sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1]! + row;
    }
  }
  return sums;
}

function windowMean(sums: Float64Array, width: number, height: number, x: number, y: number, half: number): number {
  const x0 = Math.max(0, x - half);
  const y0 = Math.max(0, y - half);
  const x1 = Math.min(width, x + half + 1);
  const y1 = Math.min(height, y + half + 1);
  const w = width + 1;
  const total = sums[y1 * w + x1]! - sums[y0 * w + x1]! - sums[y1 * w + x0]! + sums[y0 * w + x0]!;
  return total / ((x1 - x0) * (y1 - y0));
}

/**
 * Local (Bradley) threshold into black ink on white. Where the surroundings are dark (a navy card,
 * a coloured band) light strokes are the ink, so white-on-dark text comes out black-on-white too.
 */
export function binarize(gray: Gray): Gray {
  const { width, height, data } = gray;
  const sums = integral(gray);
  const half = Math.max(7, Math.round(Math.max(width, height) / 60));
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const value = data[i]!;
      const local = windowMean(sums, width, height, x, y, half);
      const background = windowMean(sums, width, height, x, y, half * 4);
      const ink = background < 105 ? value > local + Math.max(20, 0.2 * (255 - local)) : value < local - Math.max(12, 0.14 * local);
      out[i] = ink ? 0 : 255;
    }
  }
  return { width, height, data: out };
}

/**
 * Erases long horizontal runs of ink: rules, card edges and the rim of a coloured band. Letters
 * have no long horizontal strokes, and a rim touching a line of text otherwise ruins the line.
 */
export function eraseRules(binary: Gray): void {
  const { width, height, data } = binary;
  const longest = Math.max(40, Math.round(width * 0.06));
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const ink = x < width && data[y * width + x] === 0;
      if (ink && start < 0) start = x;
      else if (!ink && start >= 0) {
        if (x - start >= longest) data.fill(255, y * width + start, y * width + x);
        start = -1;
      }
    }
  }
}

/** Tilt of the text lines in degrees (projection profile of the ink), within ±20°. */
export function estimateSkew(binary: Gray): number {
  const { width, height, data } = binary;
  const points: number[] = [];
  const step = Math.max(1, Math.floor(Math.sqrt((width * height) / 400_000)));
  for (let y = 0; y < height; y += step) for (let x = 0; x < width; x += step) if (data[y * width + x] === 0) points.push(x, y);
  if (points.length < 200) return 0;
  const score = (degrees: number) => {
    const angle = (degrees * Math.PI) / 180;
    const sin = Math.sin(angle);
    const cos = Math.cos(angle);
    const bins = new Map<number, number>();
    for (let i = 0; i < points.length; i += 2) {
      const row = Math.round((points[i + 1]! * cos - points[i]! * sin) / 2);
      bins.set(row, (bins.get(row) ?? 0) + 1);
    }
    let total = 0;
    for (const count of bins.values()) total += count * count;
    return total;
  };
  let best = 0;
  let bestScore = score(0);
  for (let degrees = -20; degrees <= 20; degrees += 1) {
    const s = score(degrees);
    if (s > bestScore) [best, bestScore] = [degrees, s];
  }
  for (let degrees = best - 0.8; degrees <= best + 0.8; degrees += 0.2) {
    const s = score(degrees);
    if (s > bestScore) [best, bestScore] = [degrees, s];
  }
  return Math.round(best * 10) / 10;
}

/** Rotates by `degrees` (counter-clockwise undoes a clockwise tilt) into white, nearest neighbour. */
export function rotate(binary: Gray, degrees: number): Gray {
  if (Math.abs(degrees) < 0.3) return binary;
  const angle = (degrees * Math.PI) / 180;
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const { width, height, data } = binary;
  const out = new Uint8Array(data.length).fill(255);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where this output pixel comes from in the source.
      const sx = Math.round(cos * (x - cx) - sin * (y - cy) + cx);
      const sy = Math.round(sin * (x - cx) + cos * (y - cy) + cy);
      if (sx >= 0 && sy >= 0 && sx < width && sy < height) out[y * width + x] = data[sy * width + sx]!;
    }
  }
  return { width, height, data: out };
}

/** Paints a box white (the QR code: its modules read as garbage text). */
export function blankBox(gray: Gray, box: { left: number; top: number; right: number; bottom: number }, margin = 0.1): void {
  const padX = (box.right - box.left) * margin;
  const padY = (box.bottom - box.top) * margin;
  const x0 = Math.max(0, Math.floor(box.left - padX));
  const x1 = Math.min(gray.width, Math.ceil(box.right + padX));
  const y0 = Math.max(0, Math.floor(box.top - padY));
  const y1 = Math.min(gray.height, Math.ceil(box.bottom + padY));
  for (let y = y0; y < y1; y++) gray.data.fill(255, y * gray.width + x0, y * gray.width + x1);
}

export function grayToPixels(gray: Gray): Pixels {
  const data = new Uint8ClampedArray(gray.width * gray.height * 4);
  for (let i = 0, p = 0; i < gray.data.length; i++, p += 4) {
    data[p] = data[p + 1] = data[p + 2] = gray.data[i]!;
    data[p + 3] = 255;
  }
  return { width: gray.width, height: gray.height, data };
}
