import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../electron/core/import/csv/parse-table.ts';

describe('parseTable', () => {
  it('keeps the line where each row starts, across quoted newlines and blank lines', () => {
    const table = parseTable('Name,Notes\r\nAnn,"line 1\r\nline 2"\r\n\r\nBob,"say ""hi"""\r\n', ',');
    expect(table.columns).toEqual(['Name', 'Notes']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['Ann', 'line 1\r\nline 2'] },
      { line: 5, cells: ['Bob', 'say "hi"'] },
    ]);
    expect(table.notes.map((note) => note.text)).toContain('1 blank line skipped');
  });

  it('counts CR-only line ends (old Mac exports)', () => {
    const table = parseTable('a,b\rc,d\re,f\r', ',');
    expect(table.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it('skips title rows above the header', () => {
    const table = parseTable('Contacts export;;;\n;;;\nFirst;Last;Email;Phone\nAnn;Lee;ann@example.com;1\nBob;Stone;bob@example.com;2\n', ';');
    expect(table.columns).toEqual(['First', 'Last', 'Email', 'Phone']);
    expect(table.headerLine).toBe(3);
    expect(table.rows.map((row) => row.line)).toEqual([4, 5]);
    expect(table.notes.map((note) => note.text)).toContain('1 title row above the header skipped');
  });

  it('reports an unclosed quote on its line and still reads the rows after it', () => {
    const table = parseTable('Name,Email\nAnn,ann@example.com\n"Bob,bob@example.com\nCy,cy@example.com\nDee,dee@example.com\n', ',');
    expect(table.rows).toEqual([
      { line: 2, cells: ['Ann', 'ann@example.com'] },
      { line: 3, cells: ['"Bob,bob@example.com'], error: expect.objectContaining({ text: expect.stringMatching(/never closed/) }) },
      { line: 4, cells: ['Cy', 'cy@example.com'] },
      { line: 5, cells: ['Dee', 'dee@example.com'] },
    ]);
  });

  it('names missing and repeated headers, widens for ragged rows and warns about extra cells', () => {
    const table = parseTable('Name,Phone,Phone,\nAnn,1,2,x,overflow\nBob\n', ',');
    expect(table.columns).toEqual(['Name', 'Phone', 'Phone (2)', 'Column 4', 'Column 5']);
    expect(table.rows[1]).toEqual({ line: 3, cells: ['Bob'] });
  });

  it('warns about cells beyond the header when rows are longer', () => {
    const table = parseTable('Name,Email\nAnn,ann@example.com\nBob,bob@example.com,extra\n', ',');
    expect(table.columns).toHaveLength(3);
    const narrow = parseTable('Name,Email,Phone\nAnn,ann@example.com,1\nBob,bob@example.com,2,extra\n', ',');
    expect(narrow.rows[1]!.warning).toBeUndefined(); // widened: "Column 4" holds it
  });

  it('detects a file without a header from its first row', () => {
    const table = parseTable('John Doe,John,Doe,john@doe.invalid\nJane Doe,Jane,Doe,jane@doe.invalid\n', ',');
    expect(table.hasHeader).toBe(false);
    expect(table.columns).toEqual(['Column 1', 'Column 2', 'Column 3', 'Column 4']);
    expect(table.rows).toHaveLength(2);
  });
});

describe('parseTable on a big file', () => {
  it('reads 300,000 rows (no argument spreading over every row)', () => {
    const text = `Name,Email\n${'Ana,ana@example.es\n'.repeat(300_000)}`;
    const table = parseTable(text, ',');
    expect(table.rows).toHaveLength(300_000);
    expect(table.columns).toEqual(['Name', 'Email']);
    expect(table.rows.at(-1)!.line).toBe(300_001);
  });
});
