import { birthdayMessages } from './birthday.ts';
import { contactStrings as s } from './strings.ts';

/**
 * A validation problem: zod's own issue (path as a list, with its code and limits) when the form
 * checks the draft with the contract's schema, or the core's (dotted path; a code when it sends one).
 */
export interface ValidationIssue {
  path: string | readonly PropertyKey[];
  message: string;
  /** zod's kind of problem: "too_small", "too_big", "invalid_format", "custom"… */
  code?: string;
  /** What was too big: "string" (characters) or "array" (rows). */
  origin?: string;
  maximum?: number | bigint;
}

/** "emails.0.value" or ["emails", 0, "value"] -> "emails.value": the field, whatever the row. */
function fieldOf(path: ValidationIssue['path']): string {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  return parts.filter((part) => part !== '' && part !== 'fields' && !/^\d+$/.test(part)).join('.');
}

/**
 * The sentence for a validation problem in the interface language, chosen by the field it is
 * about and its kind, never by the English text (which can change). A problem this table does
 * not know keeps the contract's English message rather than saying something wrong.
 */
export function issueMessage(issue: ValidationIssue, kind: 'person' | 'company'): string {
  const field = fieldOf(issue.path);
  const max = issue.maximum === undefined ? undefined : Number(issue.maximum);
  switch (issue.code) {
    case 'too_big':
      if (max === undefined) break;
      if (issue.origin === 'array') return field === 'customFields' ? s.tooManyCustomFields(max) : s.tooMany(max);
      if (issue.origin === 'string') return s.tooLong(max);
      break;
    case 'too_small':
      if (field === 'emails.value') return s.emptyEmail;
      if (field === 'phones.value') return s.emptyPhone;
      if (field === 'websites.value') return s.emptyWebsite;
      if (field === 'customFields.label') return s.needsFieldName;
      break;
    case 'invalid_format':
      if (field === 'emails.value') return s.invalidEmail;
      if (field === 'phones.value') return s.needsDigits;
      if (field === 'birthday') return birthdayMessages.unreadable;
      break;
    case 'custom':
      if (field === 'birthday') return birthdayMessages.noSuchDate;
      // The schema's one check of the whole contact (something to call it by), reported on the
      // name field or on the whole input.
      if (field === '' || field === 'firstName' || field === 'company') return kind === 'company' ? s.needsCompanyName : s.needsName;
      break;
  }
  return issue.message;
}
