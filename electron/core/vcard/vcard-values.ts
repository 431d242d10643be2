import { bytesFromBase64 } from '../base64.ts';
import type { ImportPhoto } from '../import/import-record.ts';
import { MAX_PHOTO_BYTES } from '../contacts/contact-photo.ts';
import { formatBytes, readImageHeader } from '../image-header.ts';
import { byteStringToBytes, decodeCharset, decodePercentEncoding, decodeQuotedPrintable } from './text-decoding.ts';
import type { VCardProperty } from './vcard-lines.ts';
import { coreMessage, type CoreText } from '../../../shared/messages/core-text.ts';

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
 * never fetched. Inline photos are kept only when their header can be read and is within the pixel
 * cap (Chromium draws them undecoded: a 50000 × 50000 GIF of 35 bytes would take gigabytes); the
 * type comes from the bytes, whatever TYPE says. Returns why otherwise, to complete
 * "the photo …" in a warning.
 */
export function photoValue(property: VCardProperty): { photo: ImportPhoto } | { problem: CoreText } | null {
  // 4.0 writers escape the comma of `data:image/png;base64\,...` like any text comma.
  const raw = property.value.trim().replace(/\\([,:;])/g, '$1');
  if (!raw) return null;
  const dataUri = /^data:[^;,]*(;base64)?,(.*)$/is.exec(raw);
  let data: Uint8Array | null;
  if (dataUri) {
    data = dataUri[1] ? decodeBase64(dataUri[2]!) : decodePercentEncoding(dataUri[2]!);
    if (!data) return { problem: coreMessage('image.notBase64Uri') };
  } else {
    const valueType = property.params.get('VALUE')?.[0]?.toLowerCase();
    if (property.encoding !== 'base64' && (valueType === 'uri' || valueType === 'url' || /^(https?|ftp|file):/i.test(raw))) {
      return { photo: { kind: 'url', url: raw } };
    }
    data = decodeBase64(raw);
    if (!data) return { problem: coreMessage('image.notBase64') };
  }
  // Checked here so the contact is told: the photo store would leave a larger one out silently.
  if (data.byteLength > MAX_PHOTO_BYTES) return { problem: coreMessage('image.photoTooBig', { size: formatBytes(data.byteLength), cap: formatBytes(MAX_PHOTO_BYTES) }) };
  const header = readImageHeader(data);
  if (!header.ok) return { problem: header.reason };
  return { photo: { kind: 'data', mime: header.mime, data } };
}
