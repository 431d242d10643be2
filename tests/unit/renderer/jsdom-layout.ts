import { afterAll, beforeAll } from 'vitest';

const sizes = ['clientHeight', 'clientWidth'] as const;

/**
 * jsdom lays nothing out, so a virtual list would render no rows: give every element a size for
 * the tests of this file (registers beforeAll/afterAll; call it at the top level).
 */
export function giveElementsASize({ height, width }: { height: number; width: number }): void {
  beforeAll(() => {
    for (const size of sizes) Object.defineProperty(HTMLElement.prototype, size, { configurable: true, get: () => (size === 'clientHeight' ? height : width) });
  });
  afterAll(() => {
    for (const size of sizes) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[size];
  });
}
