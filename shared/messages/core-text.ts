import { IntlMessageFormat } from 'intl-messageformat';
import { z } from 'zod';
import { CORE_CATALOGS, CORE_ENGLISH, type CoreMessageId } from './catalogs.ts';
import type { Language } from '../domain/languages.ts';

/**
 * A message's values: strings and numbers, or a sentence part that is itself a core message ("the
 * photo {reason}" with `reason` = "is not valid base64"), said in the same language. Plain JSON,
 * so it crosses IPC and HTTP.
 */
export type MessageParams = Readonly<Record<string, string | number | CoreText>>;

/**
 * A sentence the core wrote for a person (an error, an import warning, a backup check's result):
 * its English text, which the CLI prints and logs keep, and the message id and values it was
 * made from, which the renderer says in the interface language. `id` is absent for a sentence
 * that has no catalog entry yet (the renderer then shows `text` as it is).
 */
export interface CoreText {
  text: string;
  id?: string;
  params?: MessageParams;
  /** A second sentence said after this one ("… Nothing was restored."); `text` holds both in English. */
  then?: CoreText;
}

/** A core sentence in the contract (row warnings, file notes, a backup check's result). */
export const coreTextSchema: z.ZodType<CoreText> = z.lazy(() =>
  z.object({
    text: z.string(),
    id: z.string().optional(),
    params: z.record(z.string(), z.union([z.string(), z.number(), coreTextSchema])).optional(),
    then: coreTextSchema.optional(),
  }),
);

const compiled = new Map<string, IntlMessageFormat>();

/** The English sentence of a core message: the one text the CLI prints and `CarnetError.message` holds. */
export function englishText(id: CoreMessageId, params?: MessageParams): string {
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(CORE_ENGLISH[id], 'en');
    compiled.set(id, format);
  }
  return String(format.format(params && flatValues(params, (part) => part.text)));
}

/** The values as the formatter takes them: each sentence part replaced by `say(part)`. */
export function flatValues(params: MessageParams, say: (part: CoreText) => string): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'object' ? say(value) : value]));
}

/**
 * A core sentence from its catalog id, with its English text.
 *
 * @example
 * coreMessage('import.warning.notEmail', { value: 'bob@' })
 * // { id: 'import.warning.notEmail', params: { value: 'bob@' }, text: '"bob@" is not an email address: kept in the notes' }
 */
export function coreMessage(id: CoreMessageId, params?: MessageParams): CoreText {
  return params ? { id, params, text: englishText(id, params) } : { id, text: englishText(id) };
}

/** Two sentences said one after the other: each is translated on its own. */
export function followedBy(first: CoreText, then: CoreText): CoreText {
  return { ...first, text: `${first.text} ${then.text}`, then };
}

/**
 * A sentence with no catalog entry yet (a new reader's warning before its translations): shown in
 * English everywhere. Prefer a catalog id; this keeps such a sentence typed as a core text.
 */
export function plainText(text: string): CoreText {
  return { text };
}

/** A `progress` event's label: English in `label` (what older listeners read), the message beside it. */
export function progressLabel(message: CoreText): { label: string; message: CoreText } {
  return { label: message.text, message };
}

const compiledIn = new Map<string, IntlMessageFormat>();

/**
 * A core message said in a given language, for what the core itself writes in the user's
 * language (the calendar file's event titles); English when the id has no entry in it.
 */
export function sentenceIn(language: Language, id: CoreMessageId, params?: MessageParams): string {
  const key = `${language}\u0000${id}`;
  let format = compiledIn.get(key);
  if (!format) {
    const catalog: Readonly<Record<string, string>> = Object.assign({}, ...Object.values(CORE_CATALOGS).map((area) => area[language]));
    format = new IntlMessageFormat(catalog[id] ?? CORE_ENGLISH[id], language);
    compiledIn.set(key, format);
  }
  return String(format.format(params && flatValues(params, (part) => (part.id !== undefined && Object.hasOwn(CORE_ENGLISH, part.id) ? sentenceIn(language, part.id as CoreMessageId, part.params) : part.text))));
}
