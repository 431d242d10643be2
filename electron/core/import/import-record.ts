import type { ContactInput } from '../../../shared/contract/contacts.ts';
import type { KeepInTouchFrequency } from '../../../shared/domain/interaction-types.ts';
import type { ExportedInteraction, ExportedTask } from '../export/json-export.ts';
import type { ExportedProduct, ExportedPurchase } from '../purchases/purchase-export.ts';
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
  /**
   * Set when the source is Carnet's own export: the record's id (kept, so later syncs know it, and
   * matched first), where it first came from and its times. A contact created from it keeps them.
   */
  identity?: RecordIdentity;
  /**
   * The country a phone (by its value, trimmed) is known to be from, where the source says so: a
   * Carnet export gives each number's E.164 form, so "06 12 34 56 78" stays a French number in a
   * Carnet whose phones default to another country (it is then stored in international form).
   */
  phoneCountries?: ReadonlyMap<string, string>;
}

export interface RecordIdentity {
  id: string;
  source: string;
  createdAt: string;
  updatedAt: string;
  keepInTouch: KeepInTouchFrequency | null;
  keepInTouchSince: string | null;
}

/** An interaction or task of a Carnet export, in the export's own shape (contact ids are ids of the file's records). */
export type ImportedInteraction = ExportedInteraction;
export type ImportedTask = ExportedTask;
export type ImportedPurchase = ExportedPurchase;
export type ImportedProduct = ExportedProduct;

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
  /** What comes with the contacts in a Carnet export (version 2): written after them, in the same batch. */
  related?: { interactions: ImportedInteraction[]; tasks: ImportedTask[]; purchases?: ImportedPurchase[]; products?: ImportedProduct[] };
}
