import { describe, expect, it } from 'vitest';
import { Uploads } from '../../../electron/core/import/uploads.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract/import.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('Uploads', () => {
  it('assembles the pieces in order, once', () => {
    const uploads = new Uploads();
    const first = uploads.append(null, bytes(1, 2));
    expect(first.bytes).toBe(2);
    expect(uploads.append(first.uploadId, bytes(3))).toEqual({ uploadId: first.uploadId, bytes: 3 });
    expect([...uploads.take(first.uploadId)]).toEqual([1, 2, 3]);
    expect(() => uploads.take(first.uploadId)).toThrow(/no longer being received/);
  });

  it('refuses an unknown upload, a discarded one, and a file over the limit (and forgets it)', () => {
    const uploads = new Uploads();
    expect(() => uploads.append('nope', bytes(1))).toThrow(expect.objectContaining({ code: 'not_found' }));
    const { uploadId } = uploads.append(null, bytes(1));
    expect(uploads.discard(uploadId)).toBe(true);
    expect(() => uploads.append(uploadId, bytes(2))).toThrow(/no longer being received/);

    const big = uploads.append(null, new Uint8Array(MAX_IMPORT_FILE_BYTES - 1));
    expect(() => uploads.append(big.uploadId, bytes(1, 2))).toThrow(expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/larger than 100 MB.*carnet import/) }));
    expect(() => uploads.take(big.uploadId)).toThrow(/no longer being received/);
  });

  it('keeps at most two uploads: a third drops the oldest', () => {
    const uploads = new Uploads();
    const a = uploads.append(null, bytes(1)).uploadId;
    const b = uploads.append(null, bytes(2)).uploadId;
    const c = uploads.append(null, bytes(3)).uploadId;
    expect(() => uploads.take(a)).toThrow(/Two other files were sent/);
    expect([...uploads.take(b)]).toEqual([2]);
    expect([...uploads.take(c)]).toEqual([3]);
  });
});
