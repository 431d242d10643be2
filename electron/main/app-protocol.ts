import fs from 'node:fs';
import { resolveStaticPath, contentTypeFor } from '../web/static-files.ts';
import { SECURITY_HEADERS } from './content-security-policy.ts';
import { APP_HOST } from './security-policy.ts';

export interface ProtocolResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/**
 * Answers an app:// request from the built renderer folder: only GET, only the app host, only files
 * inside the folder, always with the CSP and security headers. Pure enough to test without Electron.
 */
export function resolveAppRequest(rendererDir: string, method: string, url: string): ProtocolResponse {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400, headers: { ...SECURITY_HEADERS }, body: 'Bad request' };
  }
  if (method !== 'GET' || parsed.host !== APP_HOST) return { status: 403, headers: { ...SECURITY_HEADERS }, body: 'Forbidden' };
  const filePath = resolveStaticPath(rendererDir, parsed.pathname);
  if (!filePath) return { status: 404, headers: { ...SECURITY_HEADERS }, body: 'Not found' };
  return { status: 200, headers: { 'Content-Type': contentTypeFor(filePath), ...SECURITY_HEADERS }, body: fs.readFileSync(filePath) };
}
