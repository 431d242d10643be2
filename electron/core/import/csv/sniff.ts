/**
 * Delimiter sniffing. For each candidate, count its occurrences outside quotes on the first lines;
 * the delimiter that appears the same number of times (and more than zero) on most lines wins.
 * Title rows above the header and a few ragged rows do not throw it off: we score consistency,
 * not the first line alone.
 */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

export function sniffDelimiter(text: string): string {
  const lines = firstLogicalLines(text, 30);
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter)).filter((count) => count > 0);
    if (counts.length === 0) continue;
    const mode = modeOf(counts);
    const agreeing = counts.filter((count) => count === mode).length;
    // Lines that agree with the most common count, weighted by how many fields that makes.
    const score = agreeing * Math.log2(mode + 1);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Up to `max` non-blank lines, where a newline inside quotes does not end a line. */
function firstLogicalLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let inQuotes = false;
  const limit = Math.min(text.length, 256 * 1024);
  for (let i = 0; i < limit && lines.length < max; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if ((ch === '\n' || ch === '\r') && !inQuotes) {
      const line = text.slice(start, i);
      if (line.trim() !== '') lines.push(line);
      start = i + 1;
    }
  }
  if (lines.length < max && start < limit) {
    const rest = text.slice(start, limit);
    if (rest.trim() !== '') lines.push(rest);
  }
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) count++;
  }
  return count;
}

function modeOf(values: number[]): number {
  const tally = new Map<number, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  let mode = values[0]!;
  let best = 0;
  for (const [value, n] of tally) {
    if (n > best || (n === best && value > mode)) {
      mode = value;
      best = n;
    }
  }
  return mode;
}
