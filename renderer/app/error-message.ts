import { CarnetError } from '../../shared/errors.ts';
import { commonStrings } from './common-strings.ts';

/** The sentence to show a user for any failure: CarnetError messages are written for users already. */
export function errorMessage(error: unknown): string {
  if (error instanceof CarnetError) return error.message;
  if (error instanceof Error && error.message) return commonStrings.errorWithDetail(error.message);
  return commonStrings.errorUnknown;
}
