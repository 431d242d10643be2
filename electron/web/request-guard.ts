import { timingSafeEqual } from 'node:crypto';

/**
 * Checks that a request really comes from the page this host served: the Host header names this
 * loopback address and port (defeats DNS rebinding), any Origin is this same origin (defeats other
 * sites posting to 127.0.0.1), and the session token matches.
 */
export function checkRequest(
  headers: { host?: string | undefined; origin?: string | undefined },
  token: string | null,
  expected: { port: number; token: string },
): string | null {
  const allowedHosts = [`127.0.0.1:${expected.port}`, `localhost:${expected.port}`];
  if (!headers.host || !allowedHosts.includes(headers.host.toLowerCase())) return 'wrong Host header';
  if (headers.origin !== undefined && !allowedHosts.map((host) => `http://${host}`).includes(headers.origin.toLowerCase())) return 'wrong Origin';
  if (!token || !tokensEqual(token, expected.token)) return 'missing or wrong session token';
  return null;
}

function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
