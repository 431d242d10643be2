import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../electron/main/app-protocol.ts';
import { resolveStaticPath } from '../../../electron/web/static-files.ts';
import { checkRequest } from '../../../electron/web/request-guard.ts';

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-static-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<html></html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('resolveStaticPath', () => {
  it('serves files inside the folder and falls back to index.html for app routes', () => {
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/contacts')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/missing.js')).toBeNull();
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/a\\..\\secret.txt', '/%00', '/%E0%A4%A'])('refuses to leave the folder: %s', (urlPath) => {
    const resolved = resolveStaticPath(root, urlPath);
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
    expect(resolved ?? '').not.toContain('secret');
  });
});

describe('resolveAppRequest (the app:// protocol)', () => {
  it('answers files with the CSP header', () => {
    const answer = resolveAppRequest(root, 'GET', 'app://carnet/assets/app.js');
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Type']).toMatch(/javascript/);
    expect(answer.headers['Content-Security-Policy']).toContain("default-src 'none'");
  });
  it('refuses other hosts, other methods and missing files', () => {
    expect(resolveAppRequest(root, 'GET', 'app://other/index.html').status).toBe(403);
    expect(resolveAppRequest(root, 'POST', 'app://carnet/index.html').status).toBe(403);
    expect(resolveAppRequest(root, 'GET', 'app://carnet/nope.js').status).toBe(404);
  });
});

describe('checkRequest (web host guard)', () => {
  const expected = { port: 4321, token: 'secret-token' };
  it('accepts the served page', () => {
    expect(checkRequest({ host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321' }, 'secret-token', expected)).toBeNull();
    expect(checkRequest({ host: 'localhost:4321' }, 'secret-token', expected)).toBeNull();
  });
  it('refuses DNS rebinding, other origins and bad tokens', () => {
    expect(checkRequest({ host: 'evil.example:4321' }, 'secret-token', expected)).toMatch(/Host/);
    expect(checkRequest({ host: '127.0.0.1:4321', origin: 'https://evil.example' }, 'secret-token', expected)).toMatch(/Origin/);
    expect(checkRequest({ host: '127.0.0.1:4321' }, 'wrong', expected)).toMatch(/token/);
    expect(checkRequest({ host: '127.0.0.1:4321' }, null, expected)).toMatch(/token/);
  });
});
