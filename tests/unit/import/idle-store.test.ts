import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdleStore } from '../../../electron/core/import/idle-store.ts';

afterEach(() => vi.useRealTimers());

describe('IdleStore', () => {
  it('drops the least recently used entry to make room, and says so', () => {
    vi.useFakeTimers();
    const store = new IdleStore<string>({ idleMs: 60_000, max: 2 });
    store.add('a', 'A');
    vi.advanceTimersByTime(10);
    store.add('b', 'B');
    vi.advanceTimersByTime(10);
    expect(store.get('a')).toBe('A'); // now b is the least recently used
    store.add('c', 'C');
    expect(store.get('b')).toBeUndefined();
    expect(store.wasEvicted('b')).toBe(true);
    expect(store.get('a')).toBe('A');
    expect(store.get('c')).toBe('C');
  });

  it('drops entries left idle, and deleted ones are not reported as evicted', () => {
    vi.useFakeTimers();
    const store = new IdleStore<number>({ idleMs: 1000, max: 5 });
    store.add('old', 1);
    store.add('gone', 2);
    expect(store.delete('gone')).toBe(true);
    vi.advanceTimersByTime(1001);
    expect(store.get('old')).toBeUndefined();
    expect(store.wasEvicted('old')).toBe(false);
    expect(store.wasEvicted('gone')).toBe(false);
  });
});
