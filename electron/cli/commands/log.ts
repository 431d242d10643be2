import { INTERACTION_TYPES, type InteractionType } from '../../../shared/domain/interaction-types.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { instantSchema, interactionMessages } from '../../../shared/contract/interactions.ts';
import type { CliCommand } from '../cli-types.ts';
import { resolvePerson } from '../person-argument.ts';
import { terminalJson, tty } from '../terminal-text.ts';

/** `--minutes` as typed: digits only ("1.5", "20m" and "-3" are refused here rather than guessed). */
function minutesOf(value: string | boolean | undefined): number | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value.trim())) throw new CarnetError('invalid_input', '--minutes takes a whole number of minutes, e.g. --minutes 20');
  return Number(value.trim());
}

function textFlag(value: string | boolean | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new CarnetError('invalid_input', `--${name} needs a value`);
  return value;
}

export const logCommand: CliCommand = {
  words: ['log'],
  usage: `log PERSON --type ${INTERACTION_TYPES.join('|')} [--when ISO] [--minutes N] [--subject S] [--body B] [--json]`,
  summary: 'Logs a call, meeting, email, visit, message or note with a contact (an id, an email or a search that matches one contact); --when defaults to now.',
  valueFlags: ['type', 'when', 'minutes', 'subject', 'body'],
  async run({ args, flags, io, openCore }) {
    if (args.length !== 1) throw new CarnetError('invalid_input', 'Say who, once: carnet log PERSON --type call (quote a name with spaces)');
    const type = flags.type;
    if (typeof type !== 'string' || !(INTERACTION_TYPES as readonly string[]).includes(type)) {
      throw new CarnetError('invalid_input', `--type must be one of ${INTERACTION_TYPES.join(', ')}`);
    }
    const minutes = minutesOf(flags.minutes);
    const when = textFlag(flags.when, 'when');
    // Checked here so the message names the flag the user typed, not the contract's field.
    if (when !== undefined && !instantSchema.safeParse(when).success) throw new CarnetError('invalid_input', `--when: ${interactionMessages.notAnInstant} (or a year between 1900 and 2200)`);
    const subject = textFlag(flags.subject, 'subject');
    const body = textFlag(flags.body, 'body');
    const core = await openCore();
    const person = await resolvePerson(core, args[0]!);
    const logged = await core.call('interactions.log', {
      type: type as InteractionType,
      contactIds: [person.id],
      minutes,
      ...(when !== undefined ? { occurredAt: when } : {}),
      ...(subject !== undefined ? { subject } : {}),
      ...(body !== undefined ? { body } : {}),
    });
    if (flags.json) io.stdout(terminalJson(logged) + '\n');
    else io.stdout(tty`Logged a ${logged.type} with ${person.displayName} at ${logged.occurredAt}${logged.subject ? `: ${logged.subject}` : ''}.\n`);
    return 0;
  },
};
