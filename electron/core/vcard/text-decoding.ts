import iconv from 'iconv-lite';
import { coreMessage, type CoreText } from '../../../shared/messages/core-text.ts';

/**
 * Byte-level decoding for vCard files. The parser works on a "byte string" (one JS char per byte,
 * latin1) because vCard 2.1 can give every property its own CHARSET: the structure (names, `;`, `:`)
 * is ASCII, and each value is decoded to text only once its own charset and encoding are known.
 */

/** What the file's bytes looked like before parsing, for the import notes. */
export interface FileDecoding {
  /** The file as a byte string (latin1): UTF-8 bytes for files that were UTF-16. */
  bytes: string;
  notes: CoreText[];
}

export function fileToByteString(data: Uint8Array): FileDecoding {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const utf16 = detectUtf16(buffer);
  if (utf16) {
    const start = utf16.bom ? 2 : 0;
    const text = iconv.decode(buffer.subarray(start), utf16.encoding, { stripBOM: true });
    return { bytes: Buffer.from(text, 'utf8').toString('latin1'), notes: [coreMessage('import.note.decodedAs', { encoding: utf16.encoding.toUpperCase(), bom: utf16.bom ? 'yes' : 'no' })] };
  }
  const hasUtf8Bom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  return { bytes: buffer.subarray(hasUtf8Bom ? 3 : 0).toString('latin1'), notes: [] };
}

/** UTF-16 with a BOM, or without one when every other byte of the first characters is 0 (ASCII `BEGIN:`). */
function detectUtf16(buffer: Buffer): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | null {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const sample = buffer.subarray(0, Math.min(buffer.length, 64));
  if (sample.length < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (evenZeros > half * 0.8 && oddZeros === 0) return { encoding: 'utf-16be', bom: false };
  if (oddZeros > half * 0.8 && evenZeros === 0) return { encoding: 'utf-16le', bom: false };
  return null;
}

/** Quoted-printable (RFC 2045) to bytes. Soft line breaks are already joined by the line reader. */
export function decodeQuotedPrintable(byteString: string): Uint8Array {
  return decodeHexEscapes(byteString, 0x3d /* = */);
}

/** Percent-encoding (a `data:` URI without `;base64`) to bytes: `%FF` is one byte, not UTF-8 text. */
export function decodePercentEncoding(byteString: string): Uint8Array {
  return decodeHexEscapes(byteString, 0x25 /* % */);
}

/** `<marker>XX` hex escapes to bytes; other characters are bytes of the byte string. */
function decodeHexEscapes(byteString: string, marker: number): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < byteString.length; i++) {
    const char = byteString.charCodeAt(i);
    if (char === marker) {
      const hex = byteString.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out.push(parseInt(hex, 16));
        i += 2;
        continue;
      }
      // A stray marker (a writer that did not encode it): keep it as it is rather than lose text.
    }
    out.push(char & 0xff);
  }
  return Uint8Array.from(out);
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text with the property's CHARSET. Without one (or with an unknown one), UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252: what 8-bit 2.1 cards without CHARSET almost always are.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | null): string {
  const name = charset?.trim().toLowerCase() ?? '';
  if (name && name !== 'utf-8' && name !== 'utf8' && iconv.encodingExists(name)) return iconv.decode(Buffer.from(bytes), name);
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'windows-1252');
  }
}

export function byteStringToBytes(byteString: string): Uint8Array {
  return Uint8Array.from(Buffer.from(byteString, 'latin1'));
}
