import { bytesFromBase64 } from '../base64.ts';
import type { ImportPhoto } from '../import/import-record.ts';
import { byteStringToBytes, decodeCharset, decodeQuotedPrintable } from './text-decoding.ts';
import type { VCardProperty } from './vcard-lines.ts';

/** Decoding of property values: encoding, charset, escapes, structured and list values. */

/** Splits a raw value on a separator that is not escaped with a backslash. */
function splitUnescaped(raw: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === separator) {
      parts.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(raw.slice(start));
  return parts;
}

/**
 * Escapes `\\ \; \, \n \N`, and Apple's `\:`. 2.1 only defines `\;`, but 2.1 writers apply the
 * 3.0 escapes too (icaljs, Outlook); a backslash before any other character stays as it is.
 */
export function unescapeText(text: string, _version: string | null): string {
  return text.replace(/\\([\\;,:nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

function decodeBytes(property: VCardProperty, raw: string): string {
  const bytes = property.encoding === 'quoted-printable' ? decodeQuotedPrintable(raw) : byteStringToBytes(raw);
  return decodeCharset(bytes, property.charset);
}

function decodePart(property: VCardProperty, raw: string, version: string | null): string {
  return unescapeText(decodeBytes(property, raw), version).replace(/\r\n?/g, '\n');
}

/**
 * Splits a structured or list value. A quoted-printable value that has its separators written as
 * they are is split on them first: an encoded `=3B` among them is text. Some phones and desktop
 * suites encode the separators too (`=D0=9F…=3B=D0=98…`, no raw `;` at all): such a value, like any
 * other, is decoded to text first and split after. Decoding first also matters for Shift_JIS, where
 * a `\` byte can be the second half of a character and would otherwise "escape" the `;` after it.
 */
function splitValue(property: VCardProperty, separator: ';' | ',', version: string | null): string[] {
  const rawParts = property.encoding === 'quoted-printable' ? splitUnescaped(property.value, separator) : [];
  if (rawParts.length > 1) return rawParts.map((part) => decodePart(property, part, version));
  return splitUnescaped(decodeBytes(property, property.value), separator).map((part) => unescapeText(part, version).replace(/\r\n?/g, '\n'));
}

/** A single text value (NOTE, TITLE, FN...). */
export function textValue(property: VCardProperty, version: string | null): string {
  return decodePart(property, property.value, version).trim();
}

/** A structured value (N, ADR, ORG): components split on unescaped `;`. */
export function structuredValue(property: VCardProperty, version: string | null): string[] {
  return splitValue(property, ';', version).map((part) => part.trim());
}

/** A list value (CATEGORIES, NICKNAME): items split on unescaped `,`. */
export function listValue(property: VCardProperty, version: string | null): string[] {
  return splitValue(property, ',', version).map((part) => part.trim()).filter(Boolean);
}

const IMAGE_TYPES: Record<string, string> = { jpeg: 'image/jpeg', jpg: 'image/jpeg', png: 'image/png', gif: 'image/gif', bmp: 'image/bmp', webp: 'image/webp' };

/** Sniffs the image type from its first bytes, for photos whose TYPE is missing or wrong. */
export function sniffImageMime(data: Uint8Array): string | null {
  if (data[0] === 0xff && data[1] === 0xd8) return 'image/jpeg';
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'image/png';
  if (data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) return 'image/gif';
  if (data[0] === 0x42 && data[1] === 0x4d) return 'image/bmp';
  if (data[0] === 0x52 && data[1] === 0x49 && data[2] === 0x46 && data[3] === 0x46 && data[8] === 0x57) return 'image/webp';
  return null;
}

const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(text: string): Uint8Array | null {
  let clean = text.replace(/\s+/g, '');
  if (clean.length === 0 || !BASE64_BODY.test(clean)) return null;
  // A stray last character (BlackBerry exports) carries no whole byte: drop it, keep the image.
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  return bytesFromBase64(clean);
}

/**
 * PHOTO (or LOGO): inline base64 (`ENCODING=b`/`BASE64`), a `data:` URI, or a URL kept as is and
 * never fetched. Returns a warning instead when the data cannot be decoded.
 */
export function photoValue(property: VCardProperty): { photo: ImportPhoto } | { warning: string } | null {
  // 4.0 writers escape the comma of `data:image/png;base64\,...` like any text comma.
  const raw = property.value.trim().replace(/\\([,:;])/g, '$1');
  if (!raw) return null;
  const dataUri = /^data:([^;,]*)(;base64)?,(.*)$/is.exec(raw);
  if (dataUri) {
    const data = dataUri[2] ? decodeBase64(dataUri[3]!) : byteStringToBytes(decodeURIComponent(dataUri[3]!));
    if (!data) return { warning: `Line ${property.line}: the photo's data: URI is not valid base64; photo skipped.` };
    return { photo: { kind: 'data', mime: sniffImageMime(data) ?? (dataUri[1] || 'image/jpeg'), data } };
  }
  const valueType = property.params.get('VALUE')?.[0]?.toLowerCase();
  if (property.encoding !== 'base64' && (valueType === 'uri' || valueType === 'url' || /^(https?|ftp|file):/i.test(raw))) {
    return { photo: { kind: 'url', url: raw } };
  }
  const data = decodeBase64(raw);
  if (!data || data.byteLength < 8) return { warning: `Line ${property.line}: the photo is not valid base64; photo skipped.` };
  const declared = property.types.map((type) => IMAGE_TYPES[type.replace(/^image\//, '')]).find(Boolean);
  const sniffed = sniffImageMime(data);
  if (!sniffed && !declared) return { warning: `Line ${property.line}: the photo is not an image Carnet can show; photo skipped.` };
  return { photo: { kind: 'data', mime: sniffed ?? declared!, data } };
}
