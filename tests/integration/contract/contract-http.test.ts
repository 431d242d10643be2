import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web/web-host.ts';
import { createHttpTransport } from '../../../renderer/transport/http-transport.ts';
import { makeTempDir, openTempCore } from '../../helpers/temp-core.ts';
import { defineContractSuite } from './contract-suite.ts';

/** A stand-in for the built renderer, so these tests do not depend on `vite build`. */
function fakeRendererDir(): { dir: string; cleanup: () => void } {
  const temp = makeTempDir('carnet-renderer-');
  fs.writeFileSync(path.join(temp.dir, 'index.html'), '<!doctype html><title>Carnet</title>');
  return temp;
}

defineContractSuite('the web host (real HTTP)', async (dataDir) => {
  const { core, cleanup } = await openTempCore({ dataDir });
  const renderer = fakeRendererDir();
  const host = await startWebHost({ core, staticDir: renderer.dir });
  const transport = createHttpTransport(`http://127.0.0.1:${host.port}`, host.token);
  return {
    invoke: (method, input) => transport.invoke(method, input),
    close: async () => {
      await host.close();
      await cleanup();
      renderer.cleanup();
    },
  };
});

describe('web host guards', () => {
  let host: WebHost;
  let base: string;
  let done: () => Promise<void>;

  beforeAll(async () => {
    const { core, cleanup } = await openTempCore();
    const renderer = fakeRendererDir();
    host = await startWebHost({ core, staticDir: renderer.dir });
    base = `http://127.0.0.1:${host.port}`;
    done = async () => {
      await host.close();
      await cleanup();
      renderer.cleanup();
    };
  });
  afterAll(async () => done());

  const rpc = (headers: Record<string, string>, body: string) => fetch(`${base}/rpc`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('prints a loopback URL with the token in the fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
  });

  it('refuses calls without the token, from other origins, or of the wrong shape', async () => {
    const body = JSON.stringify({ method: 'app.info', input: {} });
    expect((await rpc({}, body)).status).toBe(403);
    expect((await rpc({ 'x-carnet-token': 'wrong' }, body)).status).toBe(403);
    expect((await rpc({ 'x-carnet-token': host.token, origin: 'https://evil.example' }, body)).status).toBe(403);
    expect((await rpc({ 'x-carnet-token': host.token }, '{not json')).status).toBe(400);
    expect((await fetch(`${base}/rpc`, { method: 'POST', headers: { 'x-carnet-token': host.token, 'content-type': 'text/plain' }, body })).status).toBe(415);
    expect((await fetch(`${base}/rpc`)).status).toBe(405);
    const ok = await rpc({ 'x-carnet-token': host.token, origin: base }, body);
    expect(ok.status).toBe(200);
  });

  it('answers an oversized request with 413 and a message, not a dropped connection', async () => {
    const { core, cleanup } = await openTempCore();
    const renderer = fakeRendererDir();
    const small = await startWebHost({ core, staticDir: renderer.dir, maxBodyBytes: 64 * 1024 });
    try {
      const response = await fetch(`http://127.0.0.1:${small.port}/rpc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-carnet-token': small.token },
        body: JSON.stringify({ method: 'import.analyze', input: { data: 'A'.repeat(200 * 1024) } }),
      });
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/larger than .*carnet import/);
    } finally {
      await small.close();
      await cleanup();
      renderer.cleanup();
    }
  });

  it('serves the app with a strict CSP and no directory escapes', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await fetch(`${base}/..%2f..%2fetc%2fpasswd.txt`)).status).toBe(404);
  });

  it('refuses the events stream without the token and streams changes with it', async () => {
    expect((await fetch(`${base}/events`)).status).toBe(403);
    const controller = new AbortController();
    const stream = await fetch(`${base}/events?token=${host.token}`, { signal: controller.signal });
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const reader = stream.body!.getReader();
    await reader.read(); // ": connected"
    await rpc({ 'x-carnet-token': host.token }, JSON.stringify({ method: 'contacts.create', input: { firstName: 'Streamed' } }));
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toMatch(/"type":"contacts.changed"/);
    controller.abort();
  });
});
