import { CarnetError } from '../../shared/errors.ts';

/** The sentence to show a user for any failure: CarnetError messages are written for users already. */
export function errorMessage(error: unknown): string {
  if (error instanceof CarnetError) return error.message;
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return 'Something went wrong. Try again.';
}
