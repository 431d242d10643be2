import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { widenPageCache } from '../../electron/core/import/pipeline/commit.ts';

describe('the page cache widened during imports', () => {
  it('goes back to its size from before the first of overlapping imports', () => {
    const sqlite = new BetterSqlite3(':memory:');
    sqlite.pragma('cache_size = -2000');
    const endFirst = widenPageCache(sqlite);
    const endSecond = widenPageCache(sqlite);
    expect(sqlite.pragma('cache_size', { simple: true })).not.toBe(-2000);
    endFirst();
    expect(sqlite.pragma('cache_size', { simple: true })).not.toBe(-2000); // the second is still running
    endSecond();
    endSecond(); // ending twice changes nothing
    expect(sqlite.pragma('cache_size', { simple: true })).toBe(-2000);
    sqlite.close();
  });
});
