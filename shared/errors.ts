import type { CoreText, MessageParams } from './messages/core-text.ts';

/**
 * Errors that cross the contract boundary. They are plain JSON so they survive IPC and HTTP,
 * and carry a stable `code` the renderer can branch on plus a message written for the user:
 * English in `message` (what the CLI prints), and, for the core's own sentences, the message id
 * and values the renderer says in the interface language (see shared/messages/).
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
  /** The core message `message` was written from (absent for a sentence with no catalog entry). */
  messageId?: string;
  params?: MessageParams;
  /** A second sentence after the first, with its own id ("Nothing was restored…"). */
  then?: CoreText;
  issues?: CarnetErrorIssue[];
}

export class CarnetError extends Error {
  readonly code: CarnetErrorCode;
  readonly issues: CarnetErrorIssue[] | undefined;
  /** The message as a core text: English, with its catalog id and values when it has them. */
  readonly said: CoreText;

  /**
   * @param message a core message (`coreMessage('error.contactNotFound', { id })`: its English
   *   text becomes `message`), or a plain English sentence that has no catalog entry.
   */
  constructor(code: CarnetErrorCode, message: string | CoreText, issues?: CarnetErrorIssue[]) {
    super(typeof message === 'string' ? message : message.text);
    this.name = 'CarnetError';
    this.code = code;
    this.issues = issues;
    this.said = typeof message === 'string' ? { text: message } : message;
  }

  toPayload(): CarnetErrorPayload {
    const { id, params, then } = this.said;
    return {
      code: this.code,
      message: this.message,
      ...(id ? { messageId: id } : {}),
      ...(params ? { params } : {}),
      ...(then ? { then } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }

  static fromPayload(payload: CarnetErrorPayload): CarnetError {
    const said: CoreText = { text: payload.message };
    if (payload.messageId) said.id = payload.messageId;
    if (payload.params) said.params = payload.params;
    if (payload.then) said.then = payload.then;
    return new CarnetError(payload.code, said, payload.issues);
  }
}

export function isCarnetErrorPayload(value: unknown): value is CarnetErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.message === 'string' && ERROR_CODES.includes(candidate.code as CarnetErrorCode);
}
