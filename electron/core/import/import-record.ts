import type { ContactInput } from '../../../shared/contract/contacts.ts';
import type { CoreText } from '../../../shared/messages/core-text.ts';

/** A photo read from a source: inline bytes (vCard PHOTO, a card scan) or a URL kept but never fetched. */
export type ImportPhoto = { kind: 'data'; mime: string; data: Uint8Array } | { kind: 'url'; url: string };

/**
 * One contact as a reader (CSV, vCard, card image) understood it, before validation and matching.
 * Every reader produces these; the one import pipeline previews, matches and commits them.
 */
export interface ImportRecord {
  /** 1-based line where the record starts in the source file (a CSV row, a BEGIN:VCARD), for messages. */
  line: number;
  /** The candidate contact. The pipeline validates it with the contract's contactInputSchema. */
  fields: ContactInput;
  photo?: ImportPhoto | null;
  /** Things the reader noticed but worked around ("birthday 0/0/00 ignored"). Shown in the preview. */
  warnings: CoreText[];
  /** Set when the record cannot be imported (a broken card, a row with nothing usable): reported, never imported. */
  error?: CoreText;
  /** Per-field confidence 0..1 for OCR drafts (name, company, emails, ...); absent for exact sources. */
  confidence?: Record<string, number>;
  /** Values kept under their own label ("Spouse", "Customer number"): stored as custom fields. */
  customFields?: { label: string; value: string }[];
  /** The source's own cells for this record (a CSV row), used for the "failed rows" download. */
  raw?: string[];
}

/** What a reader returns for one file. */
export interface ParsedSource {
  /** 'csv' | 'vcard' | 'image' ... recorded on each contact's `source` and on the import batch. */
  format: string;
  fileName: string;
  records: ImportRecord[];
  /** File-level notes for the user ("decoded as Windows-1252", "2 blank lines skipped"). */
  notes: CoreText[];
  /** Column names when the source is a table: the header of the failed-rows download. */
  rawHeader?: string[];
}
