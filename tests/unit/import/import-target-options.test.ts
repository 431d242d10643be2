import { describe, expect, it } from 'vitest';
import type { ColumnTarget } from '../../../shared/contract/import.ts';
import { describeTarget, TARGET_CHOICES, targetFromKey, targetKey } from '../../../renderer/features/import/target-options.ts';

describe('mapping menu targets', () => {
  it('round-trip through the option value', () => {
    const targets: ColumnTarget[] = [
      ...TARGET_CHOICES.map((choice) => choice.target),
      { field: 'email', group: 'email2', part: 'label' },
      { field: 'address', group: 'business', part: 'country', label: 'work' },
      { field: 'custom', label: 'Shoe size' },
    ];
    for (const target of targets) expect(targetFromKey(targetKey(target))).toEqual(target);
    expect(new Set(TARGET_CHOICES.map((choice) => targetKey(choice.target))).size).toBe(TARGET_CHOICES.length);
  });

  it('describes preset targets in words', () => {
    expect(describeTarget({ field: 'email', group: 'email2', part: 'label' })).toBe('Email 2: its label');
    expect(describeTarget({ field: 'address', group: 'business', part: 'postalCode', label: 'work' })).toBe('Address (work): postal code');
    expect(describeTarget({ field: 'phone', label: 'work fax' })).toBe('Phone (work fax)');
    expect(describeTarget({ field: 'custom', label: 'Fonction' })).toBe('Custom field (Fonction)');
  });
});
