/** Browser-side helpers for dropped cards: kinds, base64, data: URLs. No Node APIs here. */
import { bytesToBase64 } from '../file-transfer.ts';

export type DroppedKind = 'vcard' | 'image' | 'other';

export function kindOf(file: File): DroppedKind {
  const name = file.name.toLowerCase();
  if (/\.(vcf|vcard)$/.test(name) || file.type === 'text/vcard' || file.type === 'text/x-vcard') return 'vcard';
  if (/\.(png|jpe?g)$/.test(name) || file.type === 'image/png' || file.type === 'image/jpeg') return 'image';
  return 'other';
}

/** base64 of a file, built in chunks (String.fromCharCode on a whole photo overflows the stack). */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/** `data:image/png;base64,AAAA` → its mime and base64 parts. */
export function splitDataUrl(dataUrl: string): { mime: string; base64: string } | null {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(dataUrl);
  return match ? { mime: match[1]!, base64: match[2]! } : null;
}
