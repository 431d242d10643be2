/** Ids remembered as dropped to make room, at most: enough to explain it to the windows that sent them. */
const MAX_EVICTED = 100;

/**
 * Things the import keeps in memory between requests (files being sent, files being worked on):
 * at most `max` of them, adding one more drops the least recently used, and each is dropped after
 * `idleMs` without use, so a closed window never pins hundreds of MB for long.
 */
export class IdleStore<T> {
  private readonly entries = new Map<string, { value: T; usedAt: number }>();
  private readonly evicted = new Set<string>();

  constructor(private readonly limits: { idleMs: number; max: number }) {}

  add(id: string, value: T): void {
    this.expire();
    while (this.entries.size >= this.limits.max) this.evictOldest();
    this.entries.set(id, { value, usedAt: Date.now() });
  }

  /** The entry, marked as just used; undefined when it was never there, expired or was dropped. */
  get(id: string): T | undefined {
    this.expire();
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    entry.usedAt = Date.now();
    return entry.value;
  }

  delete(id: string): boolean {
    this.expire();
    return this.entries.delete(id);
  }

  /** True when `id` was dropped to make room for a newer entry (not expired, not deleted). */
  wasEvicted(id: string): boolean {
    return this.evicted.has(id);
  }

  private evictOldest(): void {
    let oldest: [string, number] | null = null;
    for (const [id, entry] of this.entries) if (!oldest || entry.usedAt < oldest[1]) oldest = [id, entry.usedAt];
    if (!oldest) return;
    this.entries.delete(oldest[0]);
    if (this.evicted.size >= MAX_EVICTED) this.evicted.clear();
    this.evicted.add(oldest[0]);
  }

  private expire(): void {
    const now = Date.now();
    for (const [id, entry] of this.entries) if (now - entry.usedAt > this.limits.idleMs) this.entries.delete(id);
  }
}
