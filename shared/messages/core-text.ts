import { IntlMessageFormat } from 'intl-messageformat';
import { z } from 'zod';
import { CORE_ENGLISH, type CoreMessageId } from './catalogs.ts';

/** A message's values: strings and numbers only, so it crosses IPC and HTTP as plain JSON. */
export type MessageParams = Readonly<Record<string, string | number>>;

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

const sentenceSchema = z.object({
  text: z.string(),
  id: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** A core sentence in the contract (row warnings, file notes, a backup check's result). */
export const coreTextSchema = sentenceSchema.extend({ then: sentenceSchema.optional() });

const compiled = new Map<string, IntlMessageFormat>();

/** The English sentence of a core message: the one text the CLI prints and `CarnetError.message` holds. */
export function englishText(id: CoreMessageId, params?: MessageParams): string {
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(CORE_ENGLISH[id], 'en');
    compiled.set(id, format);
  }
  return String(format.format(params));
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

/** A sentence with no catalog entry (a detail from a library or the system): shown as it is. */
export function plainText(text: string): CoreText {
  return { text };
}

/** The English texts of a list of core sentences, for the CLI and the failed-rows download. */
export function textsOf(messages: readonly CoreText[]): string[] {
  return messages.map((message) => message.text);
}

/** A `progress` event's label: English in `label` (what older listeners read), the message beside it. */
export function progressLabel(message: CoreText): { label: string; message: CoreText } {
  return { label: message.text, message };
}
