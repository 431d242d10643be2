import { z } from 'zod';
import { coreTextSchema } from '../messages/core-text.ts';

/** Events the core pushes to every connected renderer (IPC `carnet:event` or SSE). */
export const carnetEventSchema = z.discriminatedUnion('type', [
  /** `ids` names the contacts that changed; an empty list means any contact may have (a restore, a big import). */
  z.object({ type: z.literal('contacts.changed'), ids: z.array(z.string()) }),
  /** Tasks were added, changed, completed, snoozed or deleted (`ids`: which; empty: any). */
  z.object({ type: z.literal('tasks.changed'), ids: z.array(z.string()) }),
  /** The desktop app's reminder was clicked: show Today. */
  z.object({ type: z.literal('app.openToday') }),
  z.object({
    type: z.literal('progress'),
    jobId: z.string(),
    /** What the job is doing, in English. */
    label: z.string(),
    /** The same label as a core message, said in the interface language (absent from jobs that have none yet). */
    message: coreTextSchema.optional(),
    done: z.number(),
    total: z.number(),
  }),
]);
export type CarnetEvent = z.infer<typeof carnetEventSchema>;
