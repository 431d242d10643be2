/**
 * Errors that cross the contract boundary. They are plain JSON so they survive IPC and HTTP,
 * and carry a stable `code` the renderer can branch on plus a message written for the user.
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'schema_too_new',
  'io',
  'cancelled',
  'internal',
] as const;

export type CarnetErrorCode = (typeof ERROR_CODES)[number];

export interface CarnetErrorIssue {
  /** Dotted path into the input, e.g. `emails.0.value`. Empty for the whole input. */
  path: string;
  message: string;
}

export interface CarnetErrorPayload {
  code: CarnetErrorCode;
  message: string;
  issues?: CarnetErrorIssue[];
}

export class CarnetError extends Error {
  readonly code: CarnetErrorCode;
  readonly issues: CarnetErrorIssue[] | undefined;

  constructor(code: CarnetErrorCode, message: string, issues?: CarnetErrorIssue[]) {
    super(message);
    this.name = 'CarnetError';
    this.code = code;
    this.issues = issues;
  }

  toPayload(): CarnetErrorPayload {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }

  static fromPayload(payload: CarnetErrorPayload): CarnetError {
    return new CarnetError(payload.code, payload.message, payload.issues);
  }
}

export function isCarnetErrorPayload(value: unknown): value is CarnetErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.message === 'string' && ERROR_CODES.includes(candidate.code as CarnetErrorCode);
}
