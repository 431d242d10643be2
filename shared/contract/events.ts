import { z } from 'zod';

/** Events the core pushes to every connected renderer (IPC `carnet:event` or SSE). */
export const carnetEventSchema = z.discriminatedUnion('type', [
  /** `ids` names the contacts that changed; an empty list means any contact may have (a restore, a big import). */
  z.object({ type: z.literal('contacts.changed'), ids: z.array(z.string()) }),
  /** Tasks were added, changed, completed, snoozed or deleted (`ids`: which; empty: any). */
  z.object({ type: z.literal('tasks.changed'), ids: z.array(z.string()) }),
  z.object({
    type: z.literal('progress'),
    jobId: z.string(),
    label: z.string(),
    done: z.number(),
    total: z.number(),
  }),
]);
export type CarnetEvent = z.infer<typeof carnetEventSchema>;
