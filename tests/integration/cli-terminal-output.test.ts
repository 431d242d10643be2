import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { runCarnet } from '../helpers/run-cli.ts';
import { TERMINAL_CONTROL } from '../helpers/terminal-control.ts';

/**
 * Names, file names and messages come from imported files, which anyone can write. Printed as they
 * are, `\e[2J` clears the user's terminal, an OSC sets its title, U+202E reverses the line, and a
 * newline forges a line of Carnet's own output. Every line the CLI prints for a terminal must hold
 * no such character except its own line ends.
 */
const ESC = '\u001b';

/** Each printed line, without its own line end, must be free of control characters. */
function expectTerminalSafe(output: string): void {
  for (const line of output.split('\n')) expect(line, JSON.stringify(line)).not.toMatch(TERMINAL_CONTROL);
}

const HOSTILE_NAMES = [
  `Clear${ESC}[2JScreen`, // CSI: erase display
  `Title${ESC}]0;pwned\u0007Set`, // OSC ended by BEL: window title
  'Bell\u0007Ringer',
  'Seven\u009b31mBit', // C1 CSI
  'Ann\u202Egnp.exe', // right-to-left override
  'Two\nLines', // a newline inside a quoted CSV field
];

let dir: string;
let cleanup: () => void;
let csvFile: string;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  // The file name carries an escape too: it is shown by `import` and `import list`.
  csvFile = path.join(dir, `people${ESC}[31m.csv`);
  const rows = HOSTILE_NAMES.map((name, i) => `"${name}",Last${i},person${i}@example.com`);
  rows.push(`"Bad${ESC}[2J",Mail,"not-an-email${ESC}]0;x\u0007"`);
  fs.writeFileSync(csvFile, ['First Name,Last Name,E-mail Address', ...rows].join('\r\n') + '\r\n');
});
afterEach(() => cleanup());

describe('CLI output on a terminal', () => {
  it('import, contacts list and import list print names and file names escaped, one line each', async () => {
    const imported = await runCarnet(['import', csvFile, '--data', dir]);
    expect(imported.stdout).toMatch(/created/);
    expectTerminalSafe(imported.stdout);
    expect(imported.stdout).toContain('people\\x1B[31m.csv');

    const list = await runCarnet(['contacts', 'list', '--data', dir]);
    expect(list.code).toBe(0);
    expectTerminalSafe(list.stdout);
    expect(list.stdout).toContain('Clear\\x1B[2JScreen Last0');
    expect(list.stdout).toContain('Title\\x1B]0;pwned\\x07Set Last1');
    expect(list.stdout).toContain('Ann\\u202Egnp.exe Last4');
    expect(list.stdout).toContain('Two\\nLines Last5');
    // One line per contact plus the count: a newline inside a name does not start a line.
    const lines = list.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`${lines.length - 1} contacts`);

    const history = await runCarnet(['import', 'list', '--data', dir]);
    expectTerminalSafe(history.stdout);
    expect(history.stdout).toContain('people\\x1B[31m.csv');
  });

  it('--json keeps every value exactly and stays valid JSON, with C1 and bidi characters escaped too', async () => {
    await runCarnet(['import', csvFile, '--data', dir]);
    const json = await runCarnet(['contacts', 'list', '--json', '--data', dir]);
    expect(json.code).toBe(0);
    expectTerminalSafe(json.stdout);
    const names = (JSON.parse(json.stdout) as { displayName: string }[]).map((item) => item.displayName);
    const core = await createCore({ dataDir: dir, autoBackup: { enabled: false } });
    try {
      const stored = (await core.call('contacts.list', { search: '', offset: 0, limit: 100 })).items.map((item) => item.displayName);
      expect(names).toEqual(stored);
      expect(names).toContain(`Clear${ESC}[2JScreen Last0`);
      expect(names).toContain('Ann\u202Egnp.exe Last4');
    } finally {
      await core.close();
    }
    const history = await runCarnet(['import', 'list', '--json', '--data', dir]);
    expectTerminalSafe(history.stdout);
    expect((JSON.parse(history.stdout) as { fileName: string }[])[0]!.fileName).toBe(`people${ESC}[31m.csv`);
  });

  it('escapes error messages and what the user typed', async () => {
    const unknown = await runCarnet([`frob${ESC}[2J`, '--data', dir]);
    expect(unknown.code).toBe(2);
    expectTerminalSafe(unknown.stderr.split('\n\n')[0]!);
    expect(unknown.stderr).toContain('unknown command "frob\\x1B[2J"');

    const missing = await runCarnet(['backup', 'verify', path.join(dir, `gone${ESC}]0;t\u0007.carnetbackup`), '--data', dir]);
    expect(missing.code).not.toBe(0);
    expectTerminalSafe(missing.stderr);
    expect(missing.stderr).toContain('gone\\x1B]0;t\\x07.carnetbackup');

    const search = await runCarnet(['contacts', 'list', '--search', `zz${ESC}[2J`, '--data', dir]);
    expectTerminalSafe(search.stdout);
    expect(search.stdout).toContain('No contact matches "zz\\x1B[2J"');
  });

  it('backup list shows a crafted backup file name escaped', async () => {
    const folder = path.join(dir, 'stick');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, `x${ESC}[2J\u202E.carnetbackup`), 'not a backup');
    const listed = await runCarnet(['backup', 'list', folder, '--data', dir]);
    expect(listed.code).toBe(0);
    expectTerminalSafe(listed.stdout);
    expect(listed.stdout).toContain('x\\x1B[2J\\u202E.carnetbackup  UNUSABLE');
  });
});
