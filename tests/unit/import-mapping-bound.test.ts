import { describe, expect, it } from 'vitest';
import { columnMappingSchema } from '../../shared/contract/import.ts';

describe('column mapping input', () => {
  it('accepts a real export and refuses an unbounded one', () => {
    const outlook = Object.fromEntries(Array.from({ length: 92 }, (_, i) => [`Column ${i}`, { field: 'ignore' }]));
    expect(columnMappingSchema.safeParse(outlook).success).toBe(true);
    const huge = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`Column ${i}`, { field: 'ignore' }]));
    const result = columnMappingSchema.safeParse(huge);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at most 1,000 columns/);
  });
});
