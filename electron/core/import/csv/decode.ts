/**
 * Bytes -> text for spreadsheet exports: a BOM decides; otherwise valid UTF-8 wins; otherwise
 * UTF-16 without a BOM when every other byte is zero; otherwise Windows-1252 (Excel's plain "CSV"
 * on Western Windows). The user can force any encoding label (cp1251, koi8-r, shift_jis...).
 * Everything but UTF-8 goes through iconv-lite: Node 20's TextDecoder('windows-1252') decodes as
 * ISO-8859-1, turning Excel's 0x80-0x9F (€, curly quotes, em dash) into control characters.
 */
import iconv from 'iconv-lite';
import { CarnetError } from '../../../../shared/errors.ts';
import { coreMessage } from '../../../../shared/messages/core-text.ts';

export interface DecodedText {
  text: string;
  /** WHATWG name of the encoding used: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', ... */
  encoding: string;
  /** How it was chosen, for the wizard ("byte order mark", "valid UTF-8", "your choice"...). */
  reason: 'bom' | 'utf8' | 'utf16-pattern' | 'fallback' | 'override';
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding names offered in the wizard; any other WHATWG label is accepted too. */
export const COMMON_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-15', 'windows-1251', 'koi8-r', 'macintosh', 'ibm866', 'windows-1250', 'shift_jis'];

export function decodeBytes(bytes: Uint8Array, override?: string | null): DecodedText {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (override) {
    const encoding = normalizeEncoding(override);
    // A BOM of the forced encoding is still stripped (both decoders do it by default).
    return { text: decodeAs(bytes, encoding), encoding, reason: 'override' };
  }
  if (bom) return { text: decodeAs(bytes, bom.encoding), encoding: bom.encoding, reason: 'bom' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: utf16, reason: 'utf16-pattern' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', reason: 'utf8' };
  } catch {
    return { text: decodeAs(bytes, 'windows-1252'), encoding: 'windows-1252', reason: 'fallback' };
  }
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'windows-1252') return decodeWindows1252(buffer);
  return iconv.decode(buffer, encoding);
}

/** What iconv-lite reads for bytes 0x80-0x9F in Windows-1252 (€, curly quotes, dashes...), by byte - 0x80. */
const WINDOWS_1252_HIGH = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252');

/**
 * Windows-1252 is ISO-8859-1 except bytes 0x80-0x9F. Node's native latin1 decoding plus a fix-up
 * of those few characters gives exactly iconv-lite's text, about four times faster on a 50 MB
 * Outlook export, and as a one-byte string (half the memory) when none of them occur.
 * tests/unit/import/csv-decode.test.ts compares it with iconv-lite on every byte value.
 */
function decodeWindows1252(buffer: Buffer): string {
  const latin1 = buffer.toString('latin1');
  return /[\x80-\x9f]/.test(latin1) ? latin1.replace(/[\x80-\x9f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]!) : latin1;
}

/**
 * Canonical name for a label ("latin1" and "cp1252" -> "windows-1252", as browsers read them),
 * or a clear error when no decoder knows it.
 */
export function normalizeEncoding(label: string): string {
  const trimmed = label.trim().toLowerCase();
  let canonical: string | null = null;
  try {
    canonical = new TextDecoder(trimmed).encoding;
  } catch {
    canonical = null;
  }
  if (canonical && iconv.encodingExists(canonical)) return canonical;
  if (iconv.encodingExists(trimmed)) return trimmed;
  throw new CarnetError('invalid_input', coreMessage('error.unknownEncoding', { encoding: label, encodings: COMMON_ENCODINGS.join(', ') }));
}

/**
 * UTF-16 text of mostly ASCII letters has a zero in every other byte: zeros at odd offsets mean
 * little-endian, at even offsets big-endian. Looks at the first 4 KB only.
 */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4 || sample.length % 2 !== 0 && sample.length < 4096) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * True when decoded text is binary rather than a table: more than 5% control characters
 * (other than tab, line ends, vertical tab and form feed) or undecodable bytes, and at least 8 of
 * them, so a tiny file with one stray NUL is still read.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0xfffd || (code < 0x20 && (code < 9 || code > 13)) || code === 0x7f) bad++;
  }
  return bad >= 8 && bad / sample.length > 0.05;
}
