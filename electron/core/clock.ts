import { randomBytes } from 'node:crypto';

/** ISO-8601 UTC timestamp: the one format every stored time uses. */
export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * A UUIDv7: time-ordered (new rows land at the end of indexes) and unique across devices, so
 * records can later move between machines. RFC 9562 section 5.7; small enough not to need a package.
 */
export function newId(): string {
  const bytes = randomBytes(16);
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
