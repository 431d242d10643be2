import { z } from 'zod';
import { LANGUAGE_CHOICES } from '../domain/languages.ts';
import { localDateSchema, localTimeSchema } from './tasks.ts';
import { currencySchema } from './purchases.ts';

/** ISO 3166-1 alpha-2 country used for phone numbers typed without a +country prefix. */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as FR, US or DE');

export const settingsSchema = z.object({
  defaultCountry: countryCodeSchema,
  /**
   * The user has confirmed the default country once (the first-start question, or choosing it in
   * Settings). Until then the app asks: a database created on an en-US system in a French shop
   * would otherwise read "06 12 34 56 78" as a US number without anyone noticing. A database
   * from before this setting existed counts as not confirmed.
   */
  countryConfirmed: z.boolean(),
  /** The interface language; 'system' follows the system's (or the browser's) language. */
  language: z.enum(LANGUAGE_CHOICES),
  /** When the daily notification says what is due ('HH:MM', local). */
  notificationTime: localTimeSchema,
  /**
   * The local date Carnet was last opened on: the first start of a new day opens Today, any
   * other start opens where the user left it.
   */
  lastOpenedDay: localDateSchema.nullable(),
  /**
   * The shop's currency (ISO 4217): money rankings and reports use it, other currencies are shown
   * beside, never converted. Null until the first purchase (the form asks, prefilled from the
   * locale) or the first imported sales file (its currency column) sets it. Absent means null.
   */
  shopCurrency: currencySchema.nullable().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * `settings.update` answers with the settings and how many stored phone numbers a new default
 * country read again (see electron/core/settings/reread-phones.ts). Setting `defaultCountry`
 * confirms it, unless `countryConfirmed` is given too.
 */
export const settingsUpdateResultSchema = settingsSchema.extend({
  phonesReread: z.number().int().min(0),
});

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
  'settings.update': { input: settingsSchema.partial(), output: settingsUpdateResultSchema },
} as const;
