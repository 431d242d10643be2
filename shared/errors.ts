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
  /** The contract's English sentence (what the CLI prints). */
  message: string;
  /**
   * The kind of problem ("too_small", "too_big", "invalid_format", "custom"…) with its limit, so
   * the renderer can say it in the interface language without reading the English sentence.
   */
  code?: string;
  /** What was too big or too small: "string" (characters) or "array" (rows). */
  origin?: string;
  maximum?: number;
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
