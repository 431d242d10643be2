/** The one origin the web host's URLs are parsed against; only its path and query are ever read. */
const BASE = 'http://127.0.0.1';

/**
 * The path and query of an HTTP request target, or null when it is not a plain path.
 *
 * Browsers send a page's own server "origin-form" targets only (`/path?query`, RFC 9112 3.2.1).
 * Anything else is refused: the absolute form a proxy gets (`http://[::1`), the authority form of
 * CONNECT, `*`, or bytes that are not a URL at all. The path is appended to a fixed origin rather
 * than resolved against it, so `//a%20b/` stays a path instead of being read as a host name (where
 * `new URL(target, base)` throws "Invalid URL"), and nothing here can throw.
 */
export function parseRequestTarget(target: string | undefined): URL | null {
  if (target === undefined || !target.startsWith('/')) return null;
  try {
    return new URL(BASE + target);
  } catch {
    return null;
  }
}
