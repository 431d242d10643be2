import { randomFillSync } from 'node:crypto';

/**
 * UUIDv7 ids for bulk writes, in the same format as clock.newId(), drawing randomness from a
 * refilled pool: one getrandom call per 4096 ids instead of one per id (measurable at 100k rows).
 */
export class IdPool {
  private readonly pool = Buffer.alloc(16 * 4096);
  private offset = this.pool.length;

  next(): string {
    if (this.offset >= this.pool.length) {
      randomFillSync(this.pool);
      this.offset = 0;
    }
    const bytes = this.pool.subarray(this.offset, this.offset + 16);
    this.offset += 16;
    const ms = Date.now();
    // 48-bit milliseconds, big-endian (as numbers: no BigInt needed below 2^53).
    const high = Math.floor(ms / 2 ** 16);
    bytes.writeUInt32BE(high >>> 0, 0);
    bytes.writeUInt16BE(ms % 2 ** 16, 4);
    bytes[6] = (bytes[6]! & 0x0f) | 0x70;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
