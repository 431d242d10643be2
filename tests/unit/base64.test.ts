import { describe, expect, it } from 'vitest';
import { bytesFromBase64 } from '../../electron/core/base64.ts';

describe('bytesFromBase64', () => {
  it('decodes small and large files to plain Uint8Arrays that own their memory', () => {
    for (const size of [0, 3, 100, 5000, 1_000_000]) {
      const original = Uint8Array.from({ length: size }, (_, i) => (i * 31) % 256);
      const bytes = bytesFromBase64(Buffer.from(original).toString('base64'));
      expect(Buffer.isBuffer(bytes)).toBe(false);
      expect(bytes).toEqual(original);
      // Never a view into Node's shared Buffer pool: the whole ArrayBuffer is this file's.
      expect(bytes.byteOffset).toBe(0);
      expect(bytes.buffer.byteLength).toBe(size);
    }
  });
});
