import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { CarnetError } from '../../../../shared/errors.ts';
import { coreMessage } from '../../../../shared/messages/core-text.ts';
import type { ImportRecord, ParsedSource } from '../import-record.ts';
import { simpleReader } from '../reader-types.ts';
import { DocumentProblem, readCarnetDocument, type CarnetDocument } from './carnet-json-document.ts';

/** What the import batch and the import history call these files. */
export const CARNET_JSON_FORMAT = 'carnet-json';

/**
 * Carnet's own JSON export (versions 1 to 3) in the import registry: the contacts go through the
 * one pipeline (preview, match, commit, undo) keeping their ids, and the interactions, tasks,
 * purchases and products
 * follow them in the same batch (pipeline/related.ts). The file is read whole with JSON.parse: an
 * export is one JSON document, and every record is needed before the first is planned (an
 * interaction names contacts anywhere in the file).
 */
export const carnetJsonReader = simpleReader({
  format: CARNET_JSON_FORMAT,
  label: 'Carnet JSON export',
  extensions: ['.json'],
  detect(fileName, head) {
    const text = new TextDecoder().decode(head);
    const carnet = /^\uFEFF?\s*\{/.test(text) && /"format"\s*:\s*"carnet"/.test(text);
    if (carnet) return 90;
    // Any other .json file: this reader says what is wrong with it rather than "not a file Carnet can import".
    return /\.json$/i.test(fileName) ? 10 : 0;
  },
  read(bytes, fileName) {
    const text = decodeUtf8(bytes, fileName);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new CarnetError('invalid_input', coreMessage('error.carnetJsonNotJson', { fileName, detail: error instanceof Error ? error.message.slice(0, 200) : String(error) }));
    }
    let document: CarnetDocument;
    try {
      document = readCarnetDocument(value);
    } catch (error) {
      if (!(error instanceof DocumentProblem)) throw error;
      const line = error.id === null ? null : linesOfIds(text, [error.id]).get(error.id);
      // What is wrong is said in English (the contract's and this file's words); where it is, in any language.
      throw new CarnetError('invalid_input', coreMessage('error.carnetJsonInvalid', { fileName, where: error.where, line: line ?? 'none', problem: error.message }));
    }
    return parsedSource(document, text, fileName);
  },
  encodingOf: () => 'utf-8',
});

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CarnetError('invalid_input', coreMessage('error.carnetJsonNotUtf8', { fileName }));
  }
}

function parsedSource(document: CarnetDocument, text: string, fileName: string): ParsedSource {
  const lines = recordLines(text, document.contacts.map(({ record }) => record.id));
  const records = document.contacts.map(({ record, fields }, index): ImportRecord => ({
    line: lines[index]!,
    fields,
    customFields: record.customFields,
    warnings: [],
    phoneCountries: phoneCountriesOf(record.phones),
    identity: {
      id: record.id,
      source: record.source,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      keepInTouch: record.keepInTouch,
      keepInTouchSince: record.keepInTouchSince,
    },
  }));
  const people = document.contacts.filter((contact) => contact.fields.kind === 'person').length;
  const note = coreMessage('import.note.carnetExport', {
    version: document.version,
    exportedAt: document.exportedAt ? document.exportedAt.slice(0, 16).replace('T', ' ') : 'none',
    people,
    companies: records.length - people,
    withRelated: document.version >= 2 ? 'yes' : 'no',
    interactions: document.interactions.length,
    tasks: document.tasks.length,
  });
  return {
    format: CARNET_JSON_FORMAT,
    fileName,
    records,
    notes: [note],
    related: { interactions: document.interactions, tasks: document.tasks, ...(document.version >= 3 ? { purchases: document.purchases, products: document.products } : {}) },
  };
}

/** The country of each phone the export gave an E.164 form for, by the number as typed. */
function phoneCountriesOf(phones: unknown): Map<string, string> | undefined {
  const countries = new Map<string, string>();
  for (const phone of Array.isArray(phones) ? (phones as { value?: unknown; e164?: unknown }[]) : []) {
    if (typeof phone?.value !== 'string' || typeof phone.e164 !== 'string') continue;
    const country = parsePhoneNumberFromString(phone.e164)?.country;
    if (country) countries.set(phone.value.trim(), country);
  }
  return countries.size > 0 ? countries : undefined;
}

/**
 * The line each record starts on, found by its `"id": "…"` (ids are checked to hold no character
 * that needs escaping, and are unique). An export written on one line (or by another tool) gives
 * records no line of their own: they are numbered 1, 2, 3… instead, since the pipeline tells rows
 * apart by line.
 */
function recordLines(text: string, ids: readonly string[]): number[] {
  const found = linesOfIds(text, ids);
  const lines = ids.map((id) => found.get(id) ?? 0);
  const distinct = new Set(lines);
  return distinct.size === lines.length && !distinct.has(0) ? lines : ids.map((_, index) => index + 1);
}

/** Line (1-based) of the first `"id": "<id>"` of each id, in one pass over the text. */
function linesOfIds(text: string, ids: readonly string[]): Map<string, number> {
  const wanted = new Set(ids);
  const lines = new Map<string, number>();
  const pattern = /"id"\s*:\s*"([A-Za-z0-9._:-]{1,64})"/g;
  let line = 1;
  let scanned = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const id = match[1]!;
    if (!wanted.has(id) || lines.has(id)) continue;
    for (let i = scanned; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
    scanned = match.index;
    lines.set(id, line);
    if (lines.size === wanted.size) break;
  }
  return lines;
}
