import { interactionInputSchema, MAX_BODY, MAX_INTERACTION_CONTACTS, MAX_MINUTES, MAX_SUBJECT, type Interaction, type InteractionInput } from '../../../shared/contract/interactions.ts';
import { DIRECTED_TYPES, type InteractionType } from '../../../shared/domain/interaction-types.ts';
import type { CarnetErrorIssue } from '../../../shared/errors.ts';
import { fromLocalInput, toLocalInput } from './format.ts';
import type { PickedPerson } from './PeoplePicker.tsx';
import { interactionStrings as s } from './strings.ts';

/** What the form holds, as typed. */
export interface InteractionDraft {
  type: InteractionType;
  direction: 'in' | 'out' | null;
  /** `datetime-local` text. */
  when: string;
  /** As typed; '' = not said. */
  minutes: string;
  subject: string;
  body: string;
  people: PickedPerson[];
}

export type DraftErrors = Partial<Record<'when' | 'minutes' | 'subject' | 'body' | 'people', string>>;

export function newDraft(person: PickedPerson, type: InteractionType, now = new Date()): InteractionDraft {
  return { type, direction: null, when: toLocalInput(now.toISOString()), minutes: '', subject: '', body: '', people: [person] };
}

export function draftOf(interaction: Interaction): InteractionDraft {
  return {
    type: interaction.type,
    direction: interaction.direction,
    when: toLocalInput(interaction.occurredAt),
    minutes: interaction.minutes === null ? '' : String(interaction.minutes),
    subject: interaction.subject,
    body: interaction.body,
    people: interaction.contacts.map(({ id, displayName }) => ({ id, displayName })),
  };
}

/**
 * The contract input a draft becomes, checked with the contract's own schema (the core checks
 * it again): either the input or the problems, by field, in the interface language.
 */
export function checkDraft(draft: InteractionDraft): { input: InteractionInput } | { errors: DraftErrors } {
  const occurredAt = fromLocalInput(draft.when);
  const minutesText = draft.minutes.trim();
  const input: InteractionInput = {
    type: draft.type,
    direction: DIRECTED_TYPES.has(draft.type) ? draft.direction : null,
    ...(occurredAt ? { occurredAt } : {}),
    minutes: minutesText === '' ? null : Number(minutesText),
    subject: draft.subject,
    body: draft.body,
    contactIds: draft.people.map((person) => person.id),
  };
  const errors: DraftErrors = {};
  if (!occurredAt) errors.when = s.errorWhen;
  const parsed = interactionInputSchema.safeParse(input);
  if (!parsed.success) Object.assign(errors, errorsOf(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message, code: issue.code }))));
  return Object.keys(errors).length > 0 ? { errors } : { input };
}

/** Problems by field, from the contract's issues (a local check, or the core's answer). */
export function errorsOf(issues: readonly CarnetErrorIssue[]): DraftErrors {
  const errors: DraftErrors = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0];
    if (field === 'minutes') errors.minutes = s.errorMinutes(MAX_MINUTES);
    else if (field === 'subject') errors.subject = s.errorTooLong(MAX_SUBJECT);
    else if (field === 'body') errors.body = s.errorTooLong(MAX_BODY);
    else if (field === 'occurredAt') errors.when = s.errorWhen;
    else if (field === 'contactIds') errors.people = issue.path.includes('.') ? s.errorGone : issue.code === 'too_big' ? s.errorPeopleMax(MAX_INTERACTION_CONTACTS) : s.errorPeople;
  }
  return errors;
}
