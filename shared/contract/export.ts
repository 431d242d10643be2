import { z } from 'zod';

/** Formats the app can write a whole-database export in (vCard arrives with the business-card work). */
export const exportFormatSchema = z.enum(['csv', 'json']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const exportContract = {
  /** Writes every live contact to a new file in `folder` (a USB stick, Documents). */
  'export.toFolder': {
    input: z.object({
      folder: z.string().trim().min(1, 'Choose a folder').max(4096),
      format: exportFormatSchema,
      /** Progress events with this id while a JSON export is written (records written, records in all). */
      jobId: z.string().max(100).optional(),
    }),
    output: z.object({ path: z.string(), count: z.number().int(), bytes: z.number().int() }),
  },
} as const;
