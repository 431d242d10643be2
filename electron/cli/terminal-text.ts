/**
 * Characters beyond the C0 range (U+0000-U+001F) that a terminal acts on instead of showing:
 * DEL and the C1 controls (U+0080-U+009F: U+009B is a one-character CSI, U+009D an OSC), the
 * bidirectional marks, embeddings, overrides and isolates (U+202E turns the rest of the line
 * around, as in "Trojan Source"), and the Unicode line and paragraph separators.
 */
const UNSAFE_BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029';

/** Everything a terminal acts on: the C0 controls (ESC, BEL, CR, LF, tab, ...) and the rest above. */
const UNSAFE_IN_TEXT = new RegExp(`[\\u0000-\\u001f${UNSAFE_BEYOND_C0}]`, 'g');

/** JSON.stringify already escapes C0 controls inside strings; its own newlines are layout. */
const UNSAFE_IN_JSON = new RegExp(`[${UNSAFE_BEYOND_C0}]`, 'g');

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeCharacter(character: string): string {
  const short = SHORT_ESCAPES[character];
  if (short) return short;
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A value from the data (a contact's name, a file name, an error message quoting a CSV cell) made
 * safe to print on a terminal: every character a terminal would act on is shown as an escape
 * (`\x1B[2J`, `\n`, `\u202E`), so an imported name can neither clear the screen, set the window
 * title, ring the bell, start a new line that looks like Carnet's own output, nor reorder the line.
 *
 * @example terminalSafe('Ada\u001b[2J') // 'Ada\\x1B[2J'
 */
export function terminalSafe(value: unknown): string {
  return String(value).replace(UNSAFE_IN_TEXT, escapeCharacter);
}

/**
 * A line of CLI output: the template's own text (Carnet's words, its newlines) is kept as written,
 * every value put into it goes through `terminalSafe`. Every command prints data this way.
 *
 * @example io.stdout(tty`${contact.displayName}  ${contact.company}\n`)
 */
export function tty(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += terminalSafe(values[i]) + strings[i + 1]!;
  return out;
}

/**
 * `--json` output: pretty JSON whose strings also escape the C1 and bidi characters (as `\u009B`,
 * `\u202E`), which JSON.stringify leaves raw. It parses back to exactly the same values, and is
 * safe to print on a terminal too.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
