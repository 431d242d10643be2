import type { ContactInput } from '../../../shared/contract/contacts.ts';
import type { ImportPhoto } from '../import/import-record.ts';
import { parseBizcard, parseMecard } from '../vcard/mecard.ts';
import { readVCardText } from '../vcard/vcard-reader.ts';

/** What a QR code on a card said, as contact fields. */
export interface QrContact {
  format: 'vcard' | 'mecard' | 'bizcard' | 'url' | 'email' | 'phone';
  fields: ContactInput;
  photo?: ImportPhoto;
}

/**
 * Understands the payloads business-card QR codes carry: a vCard, MECARD, BIZCARD, or a plain
 * URL / mailto: / tel:. Returns null for anything else (a Wi-Fi code, free text).
 */
export function contactFromQrText(text: string): QrContact | null {
  const trimmed = text.trim();
  if (/^BEGIN:VCARD/i.test(trimmed)) {
    const record = readVCardText(trimmed, 'qr').records.find((r) => !r.error);
    if (!record) return null;
    return { format: 'vcard', fields: record.fields, ...(record.photo ? { photo: record.photo } : {}) };
  }
  const mecard = parseMecard(trimmed);
  if (mecard) return { format: 'mecard', fields: mecard };
  const bizcard = parseBizcard(trimmed);
  if (bizcard) return { format: 'bizcard', fields: bizcard };
  if (/^mailto:/i.test(trimmed)) return { format: 'email', fields: { emails: [{ label: '', value: decodeURIComponent(trimmed.slice(7).split('?')[0]!) }] } };
  if (/^tel:/i.test(trimmed)) return { format: 'phone', fields: { phones: [{ label: '', value: trimmed.slice(4) }] } };
  if (/^https?:\/\/\S+$/i.test(trimmed)) return { format: 'url', fields: { websites: [{ label: '', value: trimmed }] } };
  return null;
}
