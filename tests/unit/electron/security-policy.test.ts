import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isAppUrl, isPermissionAllowed, isSafeExternalUrl, isTrustedSender, secureWebPreferences } from '../../../electron/main/security-policy.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/content-security-policy.ts';

describe('secureWebPreferences', () => {
  it('turns on every isolation the checklist asks for', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, experimentalFeatures: false });
    expect(prefs.preload).toBe('/app/preload.cjs');
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com', 'http://example.com/path?q=1', 'mailto:ana@example.com', 'tel:+33612345678'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:pass@example.com',
    'http://',
    'not a url',
    'mailto:',
    'tel:',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('navigation and senders', () => {
  it('only the app origin is the app', () => {
    expect(isAppUrl('app://carnet/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://carnet/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAllowedNavigation('https://example.com')).toBe(false);
    expect(isAllowedNavigation('app://carnet/#/contacts')).toBe(true);
  });

  it('trusts only the top frame of the app', () => {
    expect(isTrustedSender({ url: 'app://carnet/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://carnet/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('grants no permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) expect(isPermissionAllowed(permission)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('forbids inline scripts, eval and remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
