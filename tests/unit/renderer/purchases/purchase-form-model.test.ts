import { describe, expect, it } from 'vitest';
import { typedDecimal } from '../../../../renderer/features/purchases/decimal-text.ts';
import { regionCurrency, suggestedCurrency } from '../../../../renderer/features/purchases/currency-choice.ts';
import { checkPurchaseDraft, draftTotals, linesAsDraft, newPurchaseDraft, removeLine, updateLine, type PurchaseDraft } from '../../../../renderer/features/purchases/form-model.ts';
import { parseAmount, parseQuantity } from '../../../../shared/domain/money.ts';

describe('writing saved numbers back the locale way', () => {
  it('uses the locale decimal sign, no grouping, and reads back the same', () => {
    expect(typedDecimal(1500, 3, 'fr-FR')).toBe('1,5');
    expect(typedDecimal(450, 2, 'de-DE', true)).toBe('4,50');
    expect(typedDecimal(1_234_500, 3, 'en-US')).toBe('1234.5');
    expect(typedDecimal(1700, 0, 'ja-JP', true)).toBe('1700');
    expect(parseQuantity(typedDecimal(1_234_500, 3, 'de-DE'))).toBe(1_234_500);
    expect(parseAmount(typedDecimal(123_456, 2, 'ru-RU', true), 'EUR')).toBe(123_456);
  });
});

describe('the shop currency first guess', () => {
  it('comes from the confirmed country, else the locale region, else euros', () => {
    expect(regionCurrency('FR')).toBe('EUR');
    expect(regionCurrency('US')).toBe('USD');
    expect(regionCurrency('GB')).toBe('GBP');
    expect(regionCurrency('JP')).toBe('JPY');
    expect(regionCurrency('CH')).toBe('CHF');
    expect(regionCurrency('RU')).toBe('RUB');
    expect(regionCurrency('SN')).toBe('XOF');
    expect(suggestedCurrency('CA', 'fr-FR')).toBe('CAD');
    expect(suggestedCurrency(null, 'es-MX')).toBe('MXN');
    expect(suggestedCurrency(null, 'de-DE')).toBe('EUR');
    expect(suggestedCurrency(null, 'not a locale')).toBe('EUR');
  });
});

function typed(lines: [string, string, string][], currency = 'EUR'): PurchaseDraft {
  let draft = newPurchaseDraft(currency, '2026-12-05');
  lines.forEach(([item, quantity, unitPrice], index) => {
    draft = updateLine(draft, index, { item, quantity, unitPrice });
  });
  return draft;
}

describe('the purchase form model', () => {
  it('keeps exactly one empty line at the end as lines are typed and removed', () => {
    let draft = newPurchaseDraft('EUR', '2026-12-05');
    expect(draft.lines).toHaveLength(1);
    draft = updateLine(draft, 0, { item: 'C' });
    expect(draft.lines).toHaveLength(2);
    expect(draft.lines[1]!.item).toBe('');
    draft = updateLine(draft, 0, { item: '' });
    expect(draft.lines).toHaveLength(1);
    draft = typed([['Café', '', '4'], ['Thé', '', '3']]);
    expect(draft.lines).toHaveLength(3);
    draft = removeLine(draft, 0);
    expect(draft.lines.map((line) => line.item)).toEqual(['Thé', '']);
  });

  it('totals lines in minor units, without floats: 3 x 0.10 is 0.30 exactly', () => {
    const totals = draftTotals(typed([['Bonbon', '3', '0,10'], ['Farine', '1,5', '2,99']]), 'fr-FR');
    // 1.5 x 2.99 = 4.485 -> 4.49 (half away from zero)
    expect(totals.lines).toEqual([30, 449, null]);
    expect(totals.total).toBe(479);
  });

  it('uses the currency minor unit: yen have none, dinars three', () => {
    expect(draftTotals(typed([['Ramen', '2', '850']], 'JPY'), 'en-US').total).toBe(1700);
    expect(checkPurchaseDraft(typed([['Ramen', '2', '850.5']], 'JPY'), 'en-US')).toHaveProperty('errors.line.0.unitPrice');
    expect(draftTotals(typed([['Dates', '1', '1.125']], 'KWD'), 'en-US').total).toBe(1125);
  });

  it('reads "1,234" with the locale’s decimal mark: 1234.00 in English, a slip with 3 decimals in French', () => {
    expect(draftTotals(typed([['Vélo', '1', '1,234']]), 'en-US').lines[0]).toBe(123400);
    expect(draftTotals(typed([['Vélo', '1', '1,234']]), 'fr-FR').lines[0]).toBeNull();
    expect(checkPurchaseDraft(typed([['Vélo', '1', '1,234']]), 'fr-FR')).toHaveProperty('errors.line.0.unitPrice');
    expect(draftTotals(typed([['Vélo', '1', '1.234']]), 'en-US').lines[0]).toBeNull();
    expect(draftTotals(typed([['Vélo', '1', '1.234']]), 'de-DE').lines[0]).toBe(123400);
    // What is not in doubt reads the same everywhere.
    expect(draftTotals(typed([['Vélo', '1', '12.50']]), 'fr-FR').lines[0]).toBe(1250);
  });

  it('turns a draft into the contract input: empty quantity is 1, the empty last line is no line', () => {
    const checked = checkPurchaseDraft(typed([['Café moulu', '', '4,50'], ['Thé', '0,25', '12']]), 'fr-FR');
    expect(checked).toEqual({
      input: {
        purchasedOn: '2026-12-05',
        currency: 'EUR',
        reference: '',
        paymentStatus: 'paid',
        note: '',
        lines: [
          { item: 'Café moulu', quantity: '1', unitPrice: 450 },
          { item: 'Thé', quantity: '0.25', unitPrice: 1200 },
        ],
      },
    });
  });

  it('says what is wrong, by line and field, with examples the locale way, and sends nothing', () => {
    expect(checkPurchaseDraft(newPurchaseDraft('EUR', '2026-12-05'), 'en-US')).toEqual({ errors: { lines: expect.any(String) } });
    const checked = checkPurchaseDraft(typed([['', '2', '3'], ['Thé', 'lots', '1'], ['Pain', '0', '1'], ['Sel', '1', '1,2345']]), 'fr-FR');
    expect(checked).toEqual({
      errors: { line: { 0: { item: expect.any(String) }, 1: { quantity: expect.stringContaining('1,5') }, 2: { quantity: expect.any(String) }, 3: { unitPrice: expect.stringContaining('12,50') } } },
    });
    expect(checkPurchaseDraft({ ...typed([['Thé', '', '1']]), purchasedOn: '' }, 'en-US')).toHaveProperty('errors.purchasedOn');
  });

  it('brings saved lines back as typed text, then an empty line', () => {
    const lines = linesAsDraft([{ item: 'Farine', quantityMilli: 1500, unitPriceMinor: 299 }, { item: 'Sel', quantityMilli: 1000, unitPriceMinor: 100 }], 'EUR', 'fr-FR');
    expect(lines.map(({ item, quantity, unitPrice }) => ({ item, quantity, unitPrice }))).toEqual([
      { item: 'Farine', quantity: '1,5', unitPrice: '2,99' },
      { item: 'Sel', quantity: '', unitPrice: '1,00' },
      { item: '', quantity: '', unitPrice: '' },
    ]);
  });
});
