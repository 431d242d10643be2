import * as rrulePackage from 'rrule';
import { addMonths, dateToUtc, utcToDate } from './local-date.ts';

/**
 * Repeating tasks, on RFC 5545 RRULEs read and expanded by the `rrule` package. A task keeps its
 * rule as text ('FREQ=WEEKLY;INTERVAL=2'); completing it creates the next occurrence as a new
 * task, counted from the completed one's due date (not from the day it was done). Pure: no Node,
 * no DOM.
 */

// rrule ships CommonJS for Node and ES modules for bundlers: the namespace has RRule in one and
// only a default export in the other.
type RRuleModule = typeof rrulePackage;
const { RRule } = (rrulePackage as Partial<RRuleModule>).RRule ? (rrulePackage as RRuleModule) : (rrulePackage as unknown as { default: RRuleModule }).default;
type RuleOptions = ReturnType<typeof RRule.parseString>;

/** The units the task form offers ("every N days", "every N weeks"…). */
export const REPEAT_UNITS = ['day', 'week', 'month', 'year'] as const;
export type RepeatUnit = (typeof REPEAT_UNITS)[number];

const FREQ_OF_UNIT: Record<RepeatUnit, string> = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' };
const MAX_RULE_LENGTH = 500;
/** rrule's own calendar ends there. */
const LAST_YEAR = 9999;

export class RepeatRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RepeatRuleError';
  }
}

/** The rule the form's "every `interval` `unit`s" stands for. */
export function repeatRuleOf(unit: RepeatUnit, interval: number): string {
  return interval === 1 ? `FREQ=${FREQ_OF_UNIT[unit]}` : `FREQ=${FREQ_OF_UNIT[unit]};INTERVAL=${interval}`;
}

/** "Every `interval` `unit`s" when the rule is one the form offers; null for any other rule. */
export function simpleRepeat(rule: string): { unit: RepeatUnit; interval: number } | null {
  const match = /^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(?:;INTERVAL=(\d+))?$/.exec(rule);
  if (!match) return null;
  const unit = REPEAT_UNITS.find((candidate) => FREQ_OF_UNIT[candidate] === match[1])!;
  return { unit, interval: match[2] ? Number(match[2]) : 1 };
}

const FREQ_NAMES = new Map<number, string>([
  [RRule.YEARLY, 'YEARLY'],
  [RRule.MONTHLY, 'MONTHLY'],
  [RRule.WEEKLY, 'WEEKLY'],
  [RRule.DAILY, 'DAILY'],
]);

/**
 * Reads an RRULE as the CLI or the form gives it ('FREQ=WEEKLY;INTERVAL=2', an 'RRULE:' prefix
 * allowed) and returns its normal form, or throws a RepeatRuleError that says what is wrong.
 * rrule's parser is lenient (it takes 'INTERVAL=x' or no FREQ at all), so the parts a task's
 * repetition depends on are checked here. Tasks fall on dates: hourly and finer rules are refused.
 */
export function normalizeRepeatRule(input: string): string {
  const text = input.trim().replace(/^RRULE:/i, '');
  if (text === '') throw new RepeatRuleError('The repeat rule is empty');
  if (text.length > MAX_RULE_LENGTH) throw new RepeatRuleError(`A repeat rule has at most ${MAX_RULE_LENGTH} characters`);
  if (/[\r\n]/.test(text)) throw new RepeatRuleError('A repeat rule is one line, such as FREQ=WEEKLY;INTERVAL=2');
  let options: RuleOptions;
  try {
    options = RRule.parseString(text.toUpperCase());
  } catch (error) {
    throw new RepeatRuleError(`Not an RFC 5545 repeat rule: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (options.freq === undefined || options.freq === null) throw new RepeatRuleError('A repeat rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY');
  if (!FREQ_NAMES.has(options.freq)) throw new RepeatRuleError('Tasks repeat by day at most: use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY');
  if (options.byhour != null || options.byminute != null || options.bysecond != null) throw new RepeatRuleError('Tasks repeat by day: BYHOUR, BYMINUTE and BYSECOND are not used');
  if (options.dtstart != null || options.tzid != null) throw new RepeatRuleError('The task’s due date is where it starts: leave DTSTART and TZID out');
  checkPositive(options.interval, 'INTERVAL');
  checkPositive(options.count, 'COUNT');
  if (options.count != null && options.until != null) throw new RepeatRuleError('Use COUNT or UNTIL, not both');
  for (const [name, value] of Object.entries(options)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((item) => typeof item === 'number' && !Number.isInteger(item))) throw new RepeatRuleError(`${name.toUpperCase()} must be a whole number`);
    if (values.some((item) => typeof item === 'string' && name !== 'wkst')) throw new RepeatRuleError(`${name.toUpperCase()} is not understood`);
  }
  for (const [name, limit] of RANGES) checkRange(options[name], name.toUpperCase(), limit);
  try {
    // Expanding once from a fixed date shows whether rrule can work with the rule at all.
    new RRule({ ...options, dtstart: new Date(Date.UTC(2000, 0, 1)) }).after(new Date(Date.UTC(2000, 0, 1)), true);
  } catch {
    // rrule fails deep inside (a TypeError on BYDAY=XX): its message would not help the user.
    throw new RepeatRuleError('Not an RFC 5545 repeat rule: check its BY… parts (e.g. BYDAY=MO,TH)');
  }
  return RRule.optionsToString(options).replace(/^RRULE:/, '');
}

/** The RFC 5545 ranges of the BY… parts: ±1 to the limit (BYMONTH 1 to 12). */
const RANGES: [keyof RuleOptions & ('bymonth' | 'bymonthday' | 'byyearday' | 'byweekno' | 'bysetpos'), number][] = [
  ['bymonth', 12],
  ['bymonthday', 31],
  ['byyearday', 366],
  ['byweekno', 53],
  ['bysetpos', 366],
];

function checkRange(value: unknown, name: string, limit: number): void {
  if (value === undefined || value === null) return;
  const values = Array.isArray(value) ? value : [value];
  const allowNegative = name !== 'BYMONTH';
  for (const item of values) {
    if (typeof item !== 'number' || item === 0 || Math.abs(item) > limit || (!allowNegative && item < 0)) {
      throw new RepeatRuleError(`${name} takes ${allowNegative ? `1 to ${limit} or -1 to -${limit}` : `1 to ${limit}`}`);
    }
  }
}

function checkPositive(value: unknown, name: string): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new RepeatRuleError(`${name} must be a whole number of at least 1`);
}

/** The task that follows a completed one: its due date and the rule it carries on with. */
export interface NextOccurrence {
  dueDate: string;
  repeat: string;
}

/**
 * The occurrence after a task due on `dueDate` with `rule`, or null when the rule is used up
 * (COUNT reached, UNTIL passed) or would go past the year 9999.
 *
 * Each occurrence is a task of its own, so COUNT is carried as what is left: a task with COUNT=3
 * is followed by one with COUNT=2, and one with COUNT=1 by none. Plain monthly and yearly rules
 * (what the form offers) keep to the month's end as people count months: 31 January, then
 * 28 February (rrule, following RFC 5545, would skip to 31 March; a yearly 29 February would wait
 * four years). Being counted from each due date, such a series then stays on the 28th.
 */
export function nextOccurrence(rule: string, dueDate: string): NextOccurrence | null {
  const options = RRule.parseString(normalizeRepeatRule(rule));
  if (options.count != null && options.count <= 1) return null;
  const carried = options.count != null ? { ...options, count: options.count - 1 } : options;
  const repeat = RRule.optionsToString(carried).replace(/^RRULE:/, '');
  const start = dateToUtc(dueDate);
  let next: string | null;
  const simple = simpleRepeat(normalizeRepeatRule(withoutEnd(rule)));
  if (simple && (simple.unit === 'month' || simple.unit === 'year')) {
    next = addMonths(dueDate, simple.unit === 'year' ? simple.interval * 12 : simple.interval);
  } else {
    const following = new RRule({ ...options, count: null, dtstart: start }).after(start, false);
    next = following ? utcToDate(following) : null;
  }
  if (next === null || Number(next.slice(0, 4)) > LAST_YEAR) return null;
  if (options.until != null && dateToUtc(next).getTime() > options.until.getTime()) return null;
  return { dueDate: next, repeat };
}

/** The rule without COUNT and UNTIL: what decides the dates, not when they stop. */
function withoutEnd(rule: string): string {
  return rule
    .replace(/^RRULE:/i, '')
    .split(';')
    .filter((part) => !/^(COUNT|UNTIL)=/i.test(part.trim()))
    .join(';');
}
