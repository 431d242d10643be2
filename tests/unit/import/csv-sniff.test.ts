import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../electron/core/import/csv/sniff.ts';

describe('sniffDelimiter', () => {
  it.each([
    [',', 'Name,Email,Phone\nAnn,ann@example.com,1\nBob,bob@example.com,2\n'],
    [';', 'Nom;Prénom;Montant\nLee;Ann;1,50\nStone;Bob;2,75\n'],
    ['\t', 'Name\tEmail\nAnn, Jr.\tann@example.com\n'],
    ['|', 'Name|Email|Notes\nAnn|ann@example.com|a, b; c\n'],
  ])('finds %j', (expected, text) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it('ignores delimiters inside quotes and a title row above the header', () => {
    const text = 'Export; March 2024\n\nName,Email,Note\n"Lee; Ann",ann@example.com,"x; y; z"\n"Stone; Bob",bob@example.com,"w"\n';
    expect(sniffDelimiter(text)).toBe(',');
  });

  it('defaults to a comma for a one-column file', () => {
    expect(sniffDelimiter('Email\nann@example.com\n')).toBe(',');
  });
});
