/**
 * What a terminal acts on instead of showing: C0, DEL, C1, bidi controls, line and paragraph
 * separators. Written out here on purpose, apart from electron/cli/terminal-text.ts: the tests
 * check the code against this list, not against itself.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
