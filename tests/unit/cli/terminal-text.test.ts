import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalJson, terminalSafe, tty } from '../../../electron/cli/terminal-text.ts';
import { TERMINAL_CONTROL } from '../../helpers/terminal-control.ts';

describe('terminalSafe', () => {
  it.each([
    ['ESC and a CSI that clears the screen', 'Eve\u001b[2J', 'Eve\\x1B[2J'],
    ['an OSC that sets the window title, ended by BEL', '\u001b]0;pwned\u0007Bob', '\\x1B]0;pwned\\x07Bob'],
    ['a bare BEL and a backspace', 'ding\u0007\u0008', 'ding\\x07\\x08'],
    ['C1 controls (the one-character CSI U+009B and OSC U+009D)', '\u009b2J\u009d0;t\u0085', '\\x9B2J\\x9D0;t\\x85'],
    ['a right-to-left override and isolate', 'abc\u202Egpj.exe\u2066', 'abc\\u202Egpj.exe\\u2066'],
    ['newlines, a carriage return and a tab inside a name', 'Ann\nDone.\r\tX', 'Ann\\nDone.\\r\\tX'],
    ['DEL and the line separator', 'a\u007fb\u2028c', 'a\\x7Fb\\u2028c'],
  ])('escapes %s', (_what, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it('keeps ordinary text, accents, other scripts and emoji as they are', () => {
    for (const text of ['François Lefèvre', 'Ærøskøbing', 'محمد', 'שלום', '王小明', '👩‍👩‍👧 family', 'Zoë "Z" O\'Neil', 'a\\b']) {
      expect(terminalSafe(text)).toBe(text);
    }
  });

  it('never lets a control character through, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => !TERMINAL_CONTROL.test(terminalSafe(text))));
  });
});

describe('tty', () => {
  it("keeps the template's own newlines and escapes the values put into it", () => {
    expect(tty`${'A\nB'}  ${42}\n`).toBe('A\\nB  42\n');
    expect(tty`plain\n`).toBe('plain\n');
  });
});

describe('terminalJson', () => {
  it('parses back to exactly the same values, with no raw C1 or bidi character in it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const data = { value, text, nested: [text] };
        const json = terminalJson(data);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
        // Only the layout's own newlines remain; every control inside a string is escaped.
        expect(json.replaceAll('\n', '')).not.toMatch(TERMINAL_CONTROL);
      }),
    );
  });
});

describe('every CLI command', () => {
  it('prints values only through tty or terminalJson', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const folder = new URL('../../../electron/cli/', import.meta.url);
    const files = ['main.ts', ...readdirSync(new URL('commands/', folder)).map((name) => `commands/${name}`)];
    for (const file of files) {
      const source = readFileSync(new URL(file, folder), 'utf8');
      // A plain template literal with a value in it, straight to the terminal.
      expect(source, file).not.toMatch(/\.std(?:out|err)\(\s*`[^`]*\$\{/);
      expect(source, file).not.toMatch(/\.std(?:out|err)\(\s*JSON\.stringify/);
    }
  });
});
