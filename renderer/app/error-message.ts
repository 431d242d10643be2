import { CarnetError } from '../../shared/errors.ts';
import { coreSentence } from '../i18n/core-sentences.ts';
import { commonStrings } from './common-strings.ts';

/**
 * The sentence to show a user for any failure: a CarnetError in the interface language from its
 * message id (its English message when it has none), anything else as "Something went wrong".
 */
export function errorMessage(error: unknown): string {
  if (error instanceof CarnetError) return coreSentence(error.said);
  if (error instanceof Error && error.message) return commonStrings.errorWithDetail(error.message);
  return commonStrings.errorUnknown;
}
