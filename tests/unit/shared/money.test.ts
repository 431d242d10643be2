import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageMinor, decimalMarkOf, decimalMarkOfLocale, isKnownCurrency, lineTotalMinor, minorToDecimal, minorToMajor, minorUnitsOf, parseAmount, parseQuantity, quantityText, totalMinor } from '../../../shared/domain/money.ts';
import { isOverdue, medianGapDays } from '../../../shared/domain/purchase-intervals.ts';

describe('currencies', () => {
  it('knows the minor unit digits from Intl', () => {
    expect(minorUnitsOf('EUR')).toBe(2);
    expect(minorUnitsOf('USD')).toBe(2);
    expect(minorUnitsOf('JPY')).toBe(0);
    expect(minorUnitsOf('BHD')).toBe(3);
    expect(minorUnitsOf('KWD')).toBe(3);
  });

  it('tells ISO 4217 codes from anything else', () => {
    expect(isKnownCurrency('EUR')).toBe(true);
    expect(isKnownCurrency('eur')).toBe(false);
    expect(isKnownCurrency('XYZ')).toBe(false);
    expect(isKnownCurrency('EURO')).toBe(false);
    expect(isKnownCurrency('')).toBe(false);
  });
});

describe('reading typed amounts into minor units', () => {
  it.each([
    ['12,50', 'EUR', 1250],
    ['12.50', 'EUR', 1250],
    ['12.5', 'EUR', 1250],
    ['12', 'EUR', 1200],
    ['1 234,5', 'EUR', 123450],
    ['1\u202f234,50', 'EUR', 123450],
    ['1.234,50', 'EUR', 123450],
    ['1,234.50', 'USD', 123450],
    ['1,234', 'USD', 123400],
    ['1.234.567', 'EUR', 123456700],
    ["1'234.50", 'CHF', 123450],
    ['0,05', 'EUR', 5],
    ['12.5000', 'EUR', 1250],
    ['12.500', 'EUR', 1250000],
    ['1,23,456.78', 'INR', 12345678],
    ['-3,20', 'EUR', -320],
    ['1234', 'JPY', 1234],
    ['1 234', 'JPY', 1234],
    ['1,234', 'JPY', 1234],
    ['1,234', 'KWD', 1234],
    ['1.5', 'BHD', 1500],
    ['0.125', 'KWD', 125],
  ])('%s %s is %i', (text, currency, minor) => {
    expect(parseAmount(text, currency)).toBe(minor);
  });

  it.each([
    ['', 'EUR'],
    ['abc', 'EUR'],
    ['12,5051', 'EUR'],
    ['1.2345,6', 'EUR'],
    ['12.34,5', 'EUR'],
    ['1.5', 'JPY'],
    ['12.3.4,5', 'EUR'],
    ['1,2,3.4.5', 'EUR'],
    ['12e3', 'EUR'],
    ['--1', 'EUR'],
    ['0.1234', 'KWD'],
    ['99999999999999999999', 'EUR'],
  ])('%s %s is refused', (text, currency) => {
    expect(parseAmount(text, currency)).toBeNull();
  });
});

describe('"1,234": a thousands separator or a 3-decimal slip, settled by the writer’s decimal mark', () => {
  it.each([
    ['1,234', 'EUR', ',', null],
    ['1,234', 'EUR', '.', 123400],
    ['1.234', 'EUR', '.', null],
    ['1.234', 'EUR', ',', 123400],
    ['1,234', 'EUR', null, 123400],
    // Trailing zeros settle nothing: "1,500" may be 1.50 or 1,500.00; read as either, one of them is a thousandfold slip.
    ['1.000', 'EUR', '.', null],
    ['1,500', 'EUR', ',', null],
    ['2,000', 'EUR', ',', null],
    ['1,500', 'EUR', '.', 150000],
    ['0,500', 'EUR', ',', null],
    // Not doubtful: more than one mark, or two decimals with a zero to spare after a clear mark.
    ['1.234,500', 'EUR', ',', 123450],
    ['-2,345', 'EUR', ',', null],
    ['1,234', 'KWD', ',', 1234],
    ['1,234', 'KWD', '.', 1234],
    ['1,234', 'JPY', '.', 1234],
    // Not in doubt: the same with any mark.
    ['12,50', 'EUR', '.', 1250],
    ['12.50', 'EUR', ',', 1250],
    ['1.234,56', 'EUR', '.', 123456],
    ['1,234.56', 'EUR', ',', 123456],
    ['1.234.567', 'EUR', '.', 123456700],
  ] as const)('%s %s with %s is %s', (text, currency, mark, minor) => {
    expect(parseAmount(text, currency, mark)).toBe(minor);
  });

  it('a file’s decimal mark is what its unambiguous amounts say, null when they disagree or none says', () => {
    expect(decimalMarkOf(['1,234', '12,50', '3'])).toBe(',');
    expect(decimalMarkOf(['1,234', '1,234.56'])).toBe('.');
    expect(decimalMarkOf(['1.234.567'])).toBe(',');
    expect(decimalMarkOf(['1 234,5', '-0,99'])).toBe(',');
    expect(decimalMarkOf(['1,234', '12', '4.500'])).toBeNull();
    expect(decimalMarkOf(['12,50', '12.50'])).toBeNull();
    expect(decimalMarkOf([])).toBeNull();
  });

  it('a locale’s decimal mark', () => {
    expect(decimalMarkOfLocale('en-US')).toBe('.');
    expect(decimalMarkOfLocale('fr-FR')).toBe(',');
    expect(decimalMarkOfLocale('de-CH')).toBe('.');
    expect(decimalMarkOfLocale('ru')).toBe(',');
    expect(decimalMarkOfLocale('ar-EG')).toBeNull();
  });
});

describe('quantities', () => {
  it('reads text and numbers into thousandths', () => {
    expect(parseQuantity('1,5')).toBe(1500);
    expect(parseQuantity('2')).toBe(2000);
    expect(parseQuantity(1.5)).toBe(1500);
    expect(parseQuantity(0.1)).toBe(100);
    expect(parseQuantity(0.125)).toBe(125);
    expect(parseQuantity('0,001')).toBe(1);
  });

  it('refuses more than three decimals and what is not a number', () => {
    expect(parseQuantity(0.1 + 0.2)).toBeNull();
    expect(parseQuantity('1,0005')).toBeNull();
    expect(parseQuantity(Number.NaN)).toBeNull();
    expect(parseQuantity(1e-7)).toBeNull();
    expect(parseQuantity('two')).toBeNull();
  });

  it('writes thousandths back as the shortest decimal', () => {
    expect(quantityText(1500)).toBe('1.5');
    expect(quantityText(2000)).toBe('2');
    expect(quantityText(10)).toBe('0.01');
    expect(quantityText(12_345)).toBe('12.345');
  });
});

describe('line totals and totals', () => {
  it('rounds half away from zero to the minor unit', () => {
    expect(lineTotalMinor(1500, 333)).toBe(500); // 499.5 -> 500
    expect(lineTotalMinor(1500, -333)).toBe(-500);
    expect(lineTotalMinor(1000, 1250)).toBe(1250);
    expect(lineTotalMinor(333, 1)).toBe(0); // 0.333
    expect(lineTotalMinor(500, 1)).toBe(1); // 0.5 -> 1
    expect(lineTotalMinor(1_000_000_000, 1_000_000_000)).toBe(1_000_000_000_000_000);
    expect(() => lineTotalMinor(1_000_000_000, 1_000_000_000_000)).toThrow(RangeError);
  });

  it('sums the rounded lines (JPY: 1.5 x 333 yen = 500 yen)', () => {
    expect(totalMinor([{ quantityMilli: 1500, unitPriceMinor: 333 }, { quantityMilli: 2000, unitPriceMinor: 100 }])).toBe(700);
  });

  it('is the sum of the lines, each exact to the rounding (property)', () => {
    const line = fc.record({ quantityMilli: fc.integer({ min: 1, max: 1_000_000_000 }), unitPriceMinor: fc.integer({ min: -1_000_000, max: 1_000_000 }) });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 50 }), (lines) => {
        let expected = 0n;
        for (const { quantityMilli, unitPriceMinor } of lines) {
          const total = lineTotalMinor(quantityMilli, unitPriceMinor);
          // Within half a minor unit of the exact product, and rounded away from zero at the half.
          const exactTimes1000 = BigInt(quantityMilli) * BigInt(unitPriceMinor);
          const diff = BigInt(total) * 1000n - exactTimes1000;
          expect(diff <= 500n && diff >= -500n).toBe(true);
          if (diff === 500n) expect(exactTimes1000 > 0n).toBe(true);
          if (diff === -500n) expect(exactTimes1000 < 0n).toBe(true);
          expected += BigInt(total);
        }
        expect(totalMinor(lines)).toBe(Number(expected));
      }),
    );
  });

  it('reads back what it writes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), fc.constantFrom('EUR', 'JPY', 'KWD'), (minor, currency) => {
        expect(parseAmount(minorToDecimal(minor, currency), currency)).toBe(minor);
      }),
    );
  });
});

describe('exact decimals and averages', () => {
  it('writes minor units as major-unit decimals', () => {
    expect(minorToDecimal(1250, 'EUR')).toBe('12.50');
    expect(minorToDecimal(5, 'EUR')).toBe('0.05');
    expect(minorToDecimal(-5, 'EUR')).toBe('-0.05');
    expect(minorToDecimal(1234, 'JPY')).toBe('1234');
    expect(minorToDecimal(1250, 'KWD')).toBe('1.250');
    expect(minorToMajor(123450, 'EUR')).toBe(1234.5);
  });

  it('rounds an average basket half away from zero', () => {
    expect(averageMinor(1000, 3)).toBe(333);
    expect(averageMinor(1001, 2)).toBe(501);
    expect(averageMinor(-1001, 2)).toBe(-501);
    expect(averageMinor(0, 0)).toBe(0);
  });
});

describe('usual interval', () => {
  it('is the median gap between distinct purchase days', () => {
    expect(medianGapDays([])).toBeNull();
    expect(medianGapDays(['2026-01-01'])).toBeNull();
    expect(medianGapDays(['2026-01-01', '2026-01-01'])).toBeNull();
    expect(medianGapDays(['2026-01-01', '2026-01-11'])).toBe(10);
    expect(medianGapDays(['2026-01-11', '2026-01-01', '2026-01-04'])).toBe(5); // gaps 3 and 7
    expect(medianGapDays(['2026-01-01', '2026-01-04', '2026-01-12'])).toBe(5.5); // gaps 3 and 8
    expect(medianGapDays(['2026-01-01', '2026-01-02', '2026-01-12', '2026-01-13'])).toBe(1); // gaps 1, 10, 1
    expect(medianGapDays(['2024-02-28', '2024-03-01'])).toBe(2); // leap day
  });

  it('calls a customer overdue past 1.5 times the interval', () => {
    expect(isOverdue('2026-01-01', 10, '2026-01-16')).toBe(false);
    expect(isOverdue('2026-01-01', 10, '2026-01-17')).toBe(true);
  });
});
