import { z } from 'zod';
import { LANGUAGE_CHOICES } from '../domain/languages.ts';

/** ISO 3166-1 alpha-2 country used for phone numbers typed without a +country prefix. */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as FR, US or DE');

export const settingsSchema = z.object({
  defaultCountry: countryCodeSchema,
  /** The interface language; 'system' follows the system's (or the browser's) language. */
  language: z.enum(LANGUAGE_CHOICES),
});
export type Settings = z.infer<typeof settingsSchema>;

export const appContract = {
  'app.info': {
    input: z.object({}).default({}),
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      databasePath: z.string(),
      schemaVersion: z.number().int(),
      contactCount: z.number().int(),
    }),
  },
  'settings.get': { input: z.object({}).default({}), output: settingsSchema },
  'settings.update': { input: settingsSchema.partial(), output: settingsSchema },
} as const;
