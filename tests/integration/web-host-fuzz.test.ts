import net from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataDir, removeDataDir, startCarnet, type RunningCarnet } from '../e2e/support/carnet-server.ts';

/**
 * Any web page the user visits can make the browser send requests to 127.0.0.1 (a `fetch` while
 * trying ports). These tests drive the real `carnet serve` process over raw sockets with request
 * lines and headers no well-behaved client sends, and check that every request gets an answer or
 * a closed connection, and that the server is still up and serving afterwards.
 */

let carnet: RunningCarnet;
let dataDir: string;
let port: number;
let token: string;

beforeAll(async () => {
  dataDir = makeDataDir();
  carnet = await startCarnet(dataDir);
  const url = new URL(carnet.url);
  port = Number(url.port);
  token = url.hash.slice('#token='.length);
}, 60_000);

afterAll(async () => {
  await carnet?.stop();
  removeDataDir(dataDir);
});

interface RawAnswer {
  /** Everything the server sent before closing. */
  text: string;
  /** False when the connection neither closed nor answered in time. */
  closed: boolean;
}

/**
 * Sends `bytes` on a fresh connection, half-closes it (the server then has all there is), and
 * collects the answer until the server closes the connection.
 */
function sendRaw(bytes: Buffer, waitMs = 5_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed: false });
    }, waitMs);
    socket.on('connect', () => socket.end(bytes));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined); // a reset is a close too
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed: true });
    });
  });
}

/** A request the server must always answer: proof that it is still up and serving. */
async function goodRequestWorks(): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-carnet-token': token },
      body: JSON.stringify({ method: 'app.info', input: {} }),
    });
    return response.status === 200 && ((await response.json()) as { result?: { schemaVersion?: number } }).result?.schemaVersion !== undefined;
  } catch {
    return false;
  }
}

function statusOf(answer: RawAnswer): number | null {
  const match = /^HTTP\/1\.[01] (\d{3}) /.exec(answer.text);
  return match ? Number(match[1]) : null;
}

const requestLine = (target: string) => Buffer.from(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`, 'latin1');

describe('carnet serve under hostile requests', () => {
  it.each(['//a%20b/', '//[', 'http://[::1', 'http://:80/', 'http://127.0.0.1/', '*', 'a:b', '127.0.0.1:80'])(
    'answers the request target %s with 400 and stays up',
    async (target) => {
      const answer = await sendRaw(requestLine(target));
      expect(answer.closed).toBe(true);
      // `//a%20b/` is a valid path (the app's page, read from disk asynchronously: the half-closed
      // socket may be closed before that answer is written); the others are not paths at all.
      if (target.startsWith('//')) expect(answer.text === '' || statusOf(answer) !== null).toBe(true);
      else expect(statusOf(answer)).toBe(400);
      expect(carnet.exitCode()).toBeNull();
      expect(await goodRequestWorks()).toBe(true);
    },
  );

  it('survives an event stream that goes away before an event is sent to it', async () => {
    for (let i = 0; i < 5; i++) {
      const answer = await sendRaw(Buffer.from(`GET /events?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`), 500);
      expect(answer.text).toMatch(/^HTTP\/1\.1 200 /);
    }
    // A change sends an event to every open stream: the streams that went are skipped, a live one gets it.
    const live = await fetch(`http://127.0.0.1:${port}/events?token=${token}`);
    const reader = live.body!.getReader();
    const created = await fetch(`http://127.0.0.1:${port}/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-carnet-token': token },
      body: JSON.stringify({ method: 'contacts.create', input: { firstName: 'Ada' } }),
    });
    expect(created.status).toBe(200);
    let received = '';
    while (!received.includes('contacts.changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(received).toContain('"type":"contacts.changed"');
    expect(carnet.exitCode()).toBeNull();
    expect(await goodRequestWorks()).toBe(true);
  });

  it('answers or closes every fuzzed request, and keeps serving', async () => {
    const hostHeader = `127.0.0.1:${port}`;
    const anyText = fc.string({ unit: 'binary', maxLength: 40 });
    const method = fc.oneof(fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'OPTIONS', 'CONNECT', 'DELETE', 'TRACE', 'PRI'), fc.string({ minLength: 1, maxLength: 8 }));
    const target = fc.oneof(
      fc.constantFrom('/', '/rpc', '/events', `/events?token=${token}`, '/index.html', '//a%20b/', '//[', 'http://[::1', 'http://:80/', '*', '/%', '/%zz', '/..%2f..%2fetc/passwd', '/%00', '/?%'),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webPath().map((p) => `/${p}`),
      fc.tuple(fc.constantFrom('', '/', '//', 'http://', 'http://['), anyText).map(([prefix, rest]) => prefix + rest),
    );
    const version = fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', '', 'http/1.1');
    const headerName = fc.oneof(
      fc.constantFrom('Host', 'Origin', 'Content-Type', 'Content-Length', 'Transfer-Encoding', 'X-Carnet-Token', 'Expect', 'Upgrade', 'Connection', 'Cookie'),
      fc.string({ maxLength: 12 }),
    );
    const headerValue = fc.oneof(
      fc.constantFrom(hostHeader, `http://${hostHeader}`, token, 'application/json', 'chunked', '100-continue', 'websocket', 'upgrade', '0', '5', '-1', '99999999999999999999', 'keep-alive', 'close'),
      anyText,
    );
    const body = fc.oneof(
      fc.constantFrom('', '{}', '{"method":"app.info","input":{}}', '{"method":"contacts.list","input":{"search":"\\u001b[2J"}}', '{"method":"nope"}', '[', 'null', '0\r\n\r\n', 'zz\r\nxx\r\n'),
      fc.json({ maxDepth: 3 }),
      anyText,
    );
    const lineEnd = fc.constantFrom('\r\n', '\n', '\r');
    const request = fc.record({ method, target, version, headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 }), withHost: fc.boolean(), body, lineEnd });

    await fc.assert(
      fc.asyncProperty(request, async ({ method, target, version, headers, withHost, body, lineEnd }) => {
        const lines = [`${method} ${target} ${version}`.trimEnd(), ...(withHost ? [`Host: ${hostHeader}`] : []), ...headers.map(([name, value]) => `${name}: ${value}`)];
        const raw = Buffer.from(lines.join(lineEnd) + lineEnd + lineEnd + body, 'utf8');
        const answer = await sendRaw(raw);
        expect(answer.closed, 'the server neither answered nor closed the connection').toBe(true);
        if (answer.text !== '') expect(answer.text).toMatch(/^HTTP\/1\.1 \d{3} /);
        expect(carnet.exitCode(), carnet.stderr()).toBeNull();
        expect(await goodRequestWorks(), `not serving any more after:\n${raw.toString('latin1')}\n${carnet.stderr()}`).toBe(true);
      }),
      // No shrinking: once the server is down every input fails, so a shrunk case would mislead.
      { numRuns: 300, endOnFailure: true },
    );
  }, 180_000);
});
