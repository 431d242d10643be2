import fs from 'node:fs';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core.ts';
import { toCarnetError } from '../core/core.ts';
import { CarnetError } from '../../shared/errors.ts';
import { SECURITY_HEADERS } from '../main/content-security-policy.ts';
import { checkRequest } from './request-guard.ts';
import { parseRequestTarget } from './request-target.ts';
import { contentTypeFor, resolveStaticPath } from './static-files.ts';

export interface WebHostOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** For tests: a smaller request limit than MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}

export interface WebHost {
  /** The address to open, token included (in the fragment, so it never reaches a server log). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Biggest request body: imports send whole files (base64) through `/rpc`. Above the contract's own
 * file limit (64 MB, about 86 MB as base64), so an oversized file gets the contract's message.
 */
const MAX_BODY_BYTES = 90 * 1024 * 1024;

/**
 * The core over HTTP on 127.0.0.1 only, serving the built renderer: runs Carnet in any browser
 * where Electron is absent, and is what the end-to-end tests drive.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const eventStreams = new Set<http.ServerResponse>();
  let port = 0;

  const unsubscribe = options.core.onEvent((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of eventStreams) {
      // Writing to an ended response throws (as an 'error' event nobody handles): skip and forget it.
      if (stream.writableEnded || stream.destroyed) eventStreams.delete(stream);
      else stream.write(frame);
    }
  });

  // Every request is handled inside this guard: any page the user visits can send requests to
  // 127.0.0.1, so nothing a request holds may stop the server. What escapes a handler answers 500
  // (or drops that one connection when the answer had already started), and the server goes on.
  const server = http.createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else sendJson(response, 500, { error: toCarnetError(error).toPayload() });
    });
  });
  // Errors after listening (running out of file handles when accepting a connection) are emitted
  // on the server; without a listener they would end the process.
  server.on('error', (error) => console.error(`carnet serve: ${error.message}`));

  async function handleRequest(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    // An 'error' event nobody listens to ends the process; a response emits one when written to
    // after it ended. (A request emits 'error' only to listeners: readBody has its own.)
    response.on('error', () => undefined);
    const url = parseRequestTarget(request.url);
    if (!url) return sendJson(response, 400, { error: { code: 'invalid_input', message: 'Bad request target: send a path such as /rpc' } });
    if (url.pathname === '/rpc') return handleRpc(request, response);
    if (url.pathname === '/events') return handleEvents(request, response, url.searchParams.get('token'));
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { error: { code: 'invalid_input', message: 'Method not allowed' } });
    // Static files carry no customer data, but still only answer to our own Host name.
    const hostCheck = checkRequest({ host: request.headers.host }, token, { port, token });
    if (hostCheck) return sendJson(response, 403, { error: { code: 'invalid_input', message: `Refused: ${hostCheck}` } });
    serveStatic(url.pathname, response);
  }

  async function handleRpc(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.method !== 'POST') return sendJson(response, 405, { error: { code: 'invalid_input', message: 'Use POST' } });
    const refusal = checkRequest({ host: request.headers.host, origin: request.headers.origin }, headerValue(request.headers['x-carnet-token']), { port, token });
    if (refusal) return sendJson(response, 403, { error: { code: 'invalid_input', message: `Refused: ${refusal}` } });
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, { error: { code: 'invalid_input', message: 'Send application/json' } });
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(request, options.maxBodyBytes ?? MAX_BODY_BYTES));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // Answer first, then drop the connection: destroying it unanswered reads as "Carnet stopped".
        response.setHeader('Connection', 'close');
        sendJson(response, 413, { error: { code: 'invalid_input', message: error.message } });
        response.on('finish', () => request.destroy());
        return;
      }
      return sendJson(response, 400, { error: { code: 'invalid_input', message: 'The request body is not valid JSON' } });
    }
    const { method, input } = (typeof body === 'object' && body !== null ? body : {}) as { method?: unknown; input?: unknown };
    try {
      const result = await options.core.dispatch(typeof method === 'string' ? method : '', input);
      sendJson(response, 200, { result: result ?? null });
    } catch (error) {
      const carnetError = toCarnetError(error);
      sendJson(response, statusFor(carnetError), { error: carnetError.toPayload() });
    }
  }

  function handleEvents(request: http.IncomingMessage, response: http.ServerResponse, queryToken: string | null): void {
    const refusal = checkRequest({ host: request.headers.host, origin: request.headers.origin }, queryToken, { port, token });
    if (refusal) return sendJson(response, 403, { error: { code: 'invalid_input', message: `Refused: ${refusal}` } });
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': connected\n\n');
    eventStreams.add(response);
    response.on('close', () => eventStreams.delete(response));
  }

  function serveStatic(pathname: string, response: http.ServerResponse): void {
    const filePath = resolveStaticPath(options.staticDir, pathname);
    if (!filePath) {
      const missingBuild = !fs.existsSync(options.staticDir);
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      response.end(missingBuild ? `The app is not built: run "npm run build" (no folder ${options.staticDir}).` : 'Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': contentTypeFor(filePath), 'Cache-Control': 'no-cache', ...SECURITY_HEADERS });
    // A file removed between the check and the read (a rebuild while serving) ends this response, not the server.
    fs.createReadStream(filePath).on('error', () => response.destroy()).pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the customer data never listens on a network interface.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const stream of eventStreams) stream.end();
      eventStreams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function headerValue(value: string | string[] | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

class BodyTooLarge extends CarnetError {
  constructor(limit: number) {
    super('invalid_input', `The request is larger than ${Math.round(limit / 1024 / 1024)} MB. Import bigger files with "carnet import FILE".`);
  }
}

function readBody(request: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks = []; // stop keeping it; the caller answers 413 and closes the connection
        reject(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function statusFor(error: CarnetError): number {
  switch (error.code) {
    case 'invalid_input':
    case 'unknown_method':
      return 400;
    case 'not_found':
      return 404;
    case 'conflict':
    case 'schema_too_new':
      return 409;
    default:
      return 500;
  }
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  response.end(text);
}
