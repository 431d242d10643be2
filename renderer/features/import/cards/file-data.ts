/** Browser-side helpers for dropped files: kinds, base64, downloads. No Node APIs here. */

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

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/** `data:image/png;base64,AAAA` → its mime and base64 parts. */
export function splitDataUrl(dataUrl: string): { mime: string; base64: string } | null {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(dataUrl);
  return match ? { mime: match[1]!, base64: match[2]! } : null;
}

/** Offers text as a file download (the browser or Electron's download handling saves it). */
export function downloadText(fileName: string, text: string, mime = 'text/vcard'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
