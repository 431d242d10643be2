import { z } from 'zod';
import { countryCodeSchema } from './app.ts';
import { contactKindSchema } from './contacts.ts';

/**
 * Business cards and vCards: contact photos for the list and detail view, reading a card photo
 * (OCR + QR) into a draft the user reviews, and vCard export of one contact, a selection, a tag or
 * everything.
 */

const labelled = z.object({ label: z.string(), value: z.string() });

/** A draft read from a card: like a contact's input, but possibly incomplete (the user fixes it). */
export const cardDraftFieldsSchema = z.object({
  kind: contactKindSchema,
  firstName: z.string(),
  lastName: z.string(),
  company: z.string(),
  title: z.string(),
  emails: z.array(labelled),
  phones: z.array(labelled),
  addresses: z.array(z.object({ label: z.string(), street: z.string(), city: z.string(), region: z.string(), postalCode: z.string(), country: z.string() })),
  websites: z.array(labelled),
  birthday: z.string().nullable(),
  notes: z.string(),
});
export type CardDraftFields = z.infer<typeof cardDraftFieldsSchema>;

/** A photo as the renderer can show it: inline data, or a URL that is kept but never fetched. */
export const contactPhotoSchema = z.union([
  z.object({ kind: z.literal('data'), mime: z.string(), dataUrl: z.string() }),
  z.object({ kind: z.literal('url'), url: z.string() }),
]);
export type ContactPhotoView = z.infer<typeof contactPhotoSchema>;

/** 20 MB of image is about 27 M characters of base64: more than any phone photo. */
const MAX_IMAGE_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4;

export const vcardSelectionSchema = z.union([
  z.object({ ids: z.array(z.string().min(1).max(64)).min(1, 'Choose at least one contact').max(10_000, 'Export at most 10,000 chosen contacts at once, or export a tag or everything') }),
  z.object({ tag: z.string().trim().min(1).max(60) }),
  z.object({ all: z.literal(true) }),
]);

export const cardsContract = {
  /** The contact's photo, or null. URL photos come back as URLs: the renderer must not load them. */
  'contacts.photo': {
    input: z.object({ id: z.string().min(1).max(64) }),
    output: z.object({ id: z.string(), photo: contactPhotoSchema.nullable() }),
  },
  /**
   * Reads one card photo or scan (PNG/JPEG, base64): QR code, then offline OCR. Emits `progress`
   * events tagged with `jobId` while OCR runs. Nothing is saved: the draft goes to the review screen.
   */
  'cards.read': {
    input: z.object({
      fileName: z.string().max(500).default('card.jpg'),
      data: z.string().min(1, 'Send the image').max(MAX_IMAGE_BASE64, 'The image is larger than 20 MB'),
      jobId: z.string().min(1).max(64).optional(),
      /** Country for phone numbers printed without +prefix; null = the app's default country. */
      country: countryCodeSchema.nullable().default(null),
    }),
    output: z.object({
      fileName: z.string(),
      draft: cardDraftFieldsSchema,
      /** 0..1 per field: firstName, lastName, company, title, `emails.0`, `phones.1`, ... (1 = from the QR code). */
      confidence: z.record(z.string(), z.number()),
      /** The text lines OCR read, top to bottom. */
      text: z.array(z.string()),
      qr: z.object({ text: z.string(), format: z.string().nullable() }).nullable(),
      /** The image as it will be kept on the contact (downscaled when large). */
      photo: z.object({ mime: z.string(), dataUrl: z.string() }),
      skew: z.number(),
    }),
  },
  /** vCard text for one contact, a selection, a tag or everything (3.0 by default). */
  'export.vcard': {
    input: z.object({ selection: vcardSelectionSchema, version: z.enum(['3.0', '4.0']).default('3.0') }),
    output: z.object({ fileName: z.string(), text: z.string(), count: z.number().int() }),
  },
} as const;
