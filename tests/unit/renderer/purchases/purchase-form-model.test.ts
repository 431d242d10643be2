import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal } from '../../../../renderer/features/purchases/decimal-text.ts';
import { checkPurchaseDraft, draftTotals, linesAsDraft, newPurchaseDraft, removeLine, updateLine, type PurchaseDraft } from '../../../../renderer/features/purchases/form-model.ts';

describe('reading decimals the locale way', () => {
  it('reads French, English and German writing into exact thousandths', () => {
    expect(parseDecimal('1,5', 'fr-FR', 3)).toBe(1500);
    expect(parseDecimal('1 234,5', 'fr-FR', 3)).toBe(1_234_500);
    expect(parseDecimal('1\u202f234,5', 'fr-FR', 3)).toBe(1_234_500);
    expect(parseDecimal('1.5', 'en-US', 3)).toBe(1500);
    expect(parseDecimal('1,234.5', 'en-US', 3)).toBe(1_234_500);
    expect(parseDecimal('1.234,5', 'de-DE', 3)).toBe(1_234_500);
    expect(parseDecimal('0,125', 'ru-RU', 3)).toBe(125);
  });

  it('takes a keypad "." as the decimal sign where it is not the grouping', () => {
    expect(parseDecimal('2.5', 'fr-FR', 3)).toBe(2500);
    expect(parseDecimal('2.5', 'de-DE', 3)).toBe(2500);
  });

  it('refuses text, negatives and more decimals than the currency has', () => {
    expect(parseDecimal('abc', 'en-US', 2)).toBeNull();
    expect(parseDecimal('-3', 'en-US', 2)).toBeNull();
    expect(parseDecimal('1.234', 'en-US', 2)).toBeNull();
    expect(parseDecimal('1,5', 'en-US', 0)).toBeNull();
    expect(parseDecimal('', 'en-US', 2)).toBeNull();
    expect(parseDecimal('99999999999999999999', 'en-US', 2)).toBeNull();
  });

  it('writes back what it reads', () => {
    expect(formatDecimal(1500, 'fr-FR', 3)).toBe('1,5');
    expect(formatDecimal(450, 'de-DE', 2, true)).toBe('4,50');
    expect(formatDecimal(1_234_500, 'en-US', 3)).toBe('1234.5');
    expect(parseDecimal(formatDecimal(1_234_500, 'de-DE', 3), 'de-DE', 3)).toBe(1_234_500);
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

  it('turns a draft into the contract input: empty quantity is 1, the empty last line is no line', () => {
    const checked = checkPurchaseDraft(typed([['Café moulu', '', '4.50'], ['Thé', '0.25', '12']]), 'en-US');
    expect(checked).toEqual({
      input: {
        purchasedOn: '2026-12-05',
        currency: 'EUR',
        reference: '',
        paymentStatus: 'paid',
        note: '',
        lines: [
          { item: 'Café moulu', productId: null, quantityMilli: 1000, unitPriceMinor: 450 },
          { item: 'Thé', productId: null, quantityMilli: 250, unitPriceMinor: 1200 },
        ],
      },
    });
  });

  it('says what is wrong, by line and field, and sends nothing', () => {
    expect(checkPurchaseDraft(newPurchaseDraft('EUR', '2026-12-05'), 'en-US')).toEqual({ errors: { lines: expect.any(String) } });
    const checked = checkPurchaseDraft(typed([['', '2', '3'], ['Thé', 'lots', '1'], ['Pain', '0', '1']]), 'en-US');
    expect(checked).toEqual({ errors: { line: { 0: { item: expect.any(String) }, 1: { quantity: expect.any(String) }, 2: { quantity: expect.any(String) } } } });
    expect(checkPurchaseDraft({ ...typed([['Thé', '', '1']]), purchasedOn: '' }, 'en-US')).toHaveProperty('errors.purchasedOn');
  });

  it('brings saved lines back as typed text, then an empty line', () => {
    const lines = linesAsDraft([{ item: 'Farine', productId: 'p1', quantityMilli: 1500, unitPriceMinor: 299 }, { item: 'Sel', productId: null, quantityMilli: 1000, unitPriceMinor: 100 }], 'EUR', 'fr-FR');
    expect(lines.map(({ item, quantity, unitPrice, productId }) => ({ item, quantity, unitPrice, productId }))).toEqual([
      { item: 'Farine', quantity: '1,5', unitPrice: '2,99', productId: 'p1' },
      { item: 'Sel', quantity: '', unitPrice: '1,00', productId: null },
      { item: '', quantity: '', unitPrice: '', productId: null },
    ]);
  });
});
