import { describe, expect, it } from 'vitest';
import type { ColumnTarget } from '../../../shared/contract/import.ts';
import { describeTarget, TARGET_CHOICES, targetFromKey, targetKey } from '../../../renderer/features/import/target-options.ts';
import { importStrings } from '../../../renderer/features/import/strings.ts';
import { useLocale } from '../../../renderer/i18n/locale-store.ts';
import { CSV_PRESETS } from '../../../electron/core/import/csv/presets.ts';

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

describe('the "Exported from" names', () => {
  it('say in English exactly what the core calls each preset, and are translated where they have words', () => {
    for (const preset of CSV_PRESETS) expect(importStrings.presetLabel(preset)).toBe(preset.label);
    expect(TARGET_CHOICES.map((choice) => choice.label).slice(-3)).toEqual(['Add to notes, with the column name', 'Keep as a custom field', 'Photo link']);
    try {
      useLocale.getState().choose('fr');
      expect(importStrings.presetLabel({ id: 'spreadsheet', label: 'Spreadsheet (Excel, LibreOffice)' })).toBe('Tableur (Excel, LibreOffice)');
      expect(importStrings.presetLabel({ id: 'google', label: 'Google Contacts' })).toBe('Google Contacts');
      expect(describeTarget({ field: 'email', group: 'email2', part: 'label' })).toBe('E-mail 2\u00a0: son libellé');
      expect(TARGET_CHOICES.find((choice) => choice.target.field === 'custom')!.label).toBe('Garder comme champ personnalisé');
    } finally {
      useLocale.getState().choose('en');
    }
  });
});
