import { CORE_CATALOGS } from '../../shared/messages/catalogs.ts';
import { flatValues, type CoreText } from '../../shared/messages/core-text.ts';
import { LANGUAGES } from './languages.ts';
import { translator, type Catalogs, type Messages } from './translate.ts';

/** The core's catalogs of every area as one, so any core message id is found by one translator. */
function mergedCatalogs(): Catalogs<Messages> {
  const merged = Object.fromEntries(LANGUAGES.map((language) => [language, {} as Record<string, string>])) as Record<string, Record<string, string>>;
  for (const area of Object.values(CORE_CATALOGS)) {
    for (const language of LANGUAGES) Object.assign(merged[language]!, area[language]);
  }
  return merged as unknown as Catalogs<Messages>;
}

const catalogs = mergedCatalogs();
const t = translator(catalogs);

/**
 * A sentence from the core (an error, an import warning, a backup check's result) in the
 * interface language, from its message id and values. A sentence without an id, or with an id
 * this renderer does not know (a newer or older core), is shown in the English the core wrote.
 *
 * @example
 * coreSentence({ text: 'No contact with id x', id: 'error.contactNotFound', params: { id: 'x' } })
 * // "Aucun contact avec l’identifiant x" in French
 */
export function coreSentence(said: CoreText): string {
  const first = translated(said);
  if (first === null) return said.text;
  if (!said.then) return first;
  return `${first} ${translated(said.then) ?? said.then.text}`;
}

function translated(said: CoreText): string | null {
  if (!said.id || !Object.hasOwn(catalogs.en, said.id)) return null;
  try {
    // A part of the sentence that is a core message itself is said in the same language.
    return t(said.id, said.params && flatValues(said.params, coreSentence));
  } catch {
    // A value missing for a placeholder (a core of another version): its English is still right.
    return null;
  }
}
