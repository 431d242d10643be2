import { parseProperty, unfoldLines, type VCardProperty } from './vcard-lines.ts';
import { coreMessage, type CoreText } from '../../../shared/messages/core-text.ts';

/** One BEGIN:VCARD … END:VCARD block, or a stretch of the file that could not be read as one. */
export interface RawCard {
  /** Line of the BEGIN:VCARD (or of the first stray line). */
  line: number;
  version: string | null;
  properties: VCardProperty[];
  /** Lines inside the card that were skipped ("line 7: no ':' ..."). */
  warnings: CoreText[];
  /** Set when the card is broken and must not be imported. */
  error?: CoreText;
}

/**
 * Splits a file (as a byte string) into cards. Nested cards (2.1 AGENT) become cards of their own;
 * a card with no END:VCARD and lines outside any card are reported as broken cards with their line
 * numbers, and reading goes on with the next BEGIN:VCARD.
 */
export function splitCards(byteString: string): RawCard[] {
  const cards: RawCard[] = [];
  const open: RawCard[] = [];
  let stray: { first: number; last: number; text: string } | null = null;
  let lastLine = 0;

  const flushStray = () => {
    if (!stray) return;
    cards.push({
      line: stray.first,
      version: null,
      properties: [],
      warnings: [],
      error: coreMessage('import.error.strayLines', { range: stray.first === stray.last ? 'single' : 'several', first: stray.first, last: stray.last, text: printable(stray.text) }),
    });
    stray = null;
  };

  for (const logical of unfoldLines(byteString)) {
    lastLine = logical.line;
    const upper = logical.text.trim().toUpperCase();
    if (/^BEGIN\s*:\s*VCARD$/.test(upper)) {
      flushStray();
      open.push({ line: logical.line, version: null, properties: [], warnings: [] });
      continue;
    }
    const card = open[open.length - 1];
    if (/^END\s*:\s*VCARD$/.test(upper)) {
      if (card) {
        open.pop();
        cards.push(card);
      } else if (stray) {
        stray.last = logical.line;
        flushStray();
      } else {
        cards.push({ line: logical.line, version: null, properties: [], warnings: [], error: coreMessage('import.error.endWithoutBegin', { line: logical.line }) });
      }
      continue;
    }
    if (!card) {
      if (stray) stray.last = logical.line;
      else stray = { first: logical.line, last: logical.line, text: logical.text };
      continue;
    }
    const property = parseProperty(logical);
    const previous = card.properties[card.properties.length - 1];
    if (!property && previous && previous.line > card.line && /^[^:]*$/.test(logical.text) && (previous.value.endsWith('\\') || card.version === '2.1')) {
      // 2.1 writers (and AOSP's reader) continue a value on an unindented line, often after a `\`.
      previous.value = `${previous.value.replace(/\\$/, '')}\n${logical.text}`;
      continue;
    }
    if (!property) {
      card.warnings.push(coreMessage('import.warning.vcardNotProperty', { line: logical.line, text: printable(logical.text) }));
      continue;
    }
    if (property.name === 'VERSION') card.version = property.value.trim();
    card.properties.push(property);
  }
  flushStray();
  // Cards still open at the end of the file were cut short: report each one, outermost first.
  for (const card of open) {
    card.error = coreMessage('import.error.noEnd', { line: card.line, lastLine });
    cards.push(card);
  }
  return cards.sort((a, b) => a.line - b.line);
}

function printable(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
