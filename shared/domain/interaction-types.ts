/** The kinds of interaction Carnet logs, in the order menus show them. */
export const INTERACTION_TYPES = ['call', 'meeting', 'email', 'visit', 'message', 'note'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** The kinds that count as being in touch: a note is what you wrote down, not a contact. */
export const CONTACTING_TYPES: ReadonlySet<InteractionType> = new Set(['call', 'meeting', 'email', 'visit', 'message']);

/** Kinds that have a direction (who reached out): a meeting, visit or note does not. */
export const DIRECTED_TYPES: ReadonlySet<InteractionType> = new Set(['call', 'email', 'message']);

/** Keep-in-touch frequencies as stored ('2w' = every two weeks). */
export const KEEP_IN_TOUCH_FREQUENCIES = ['2w', '1m', '3m', '6m', '1y'] as const;
export type KeepInTouchFrequency = (typeof KEEP_IN_TOUCH_FREQUENCIES)[number];
