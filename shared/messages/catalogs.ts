import backupDe from './backup/de.ts';
import backupEn from './backup/en.ts';
import backupEs from './backup/es.ts';
import backupFr from './backup/fr.ts';
import backupRu from './backup/ru.ts';
import calendarDe from './calendar/de.ts';
import calendarEn from './calendar/en.ts';
import calendarEs from './calendar/es.ts';
import calendarFr from './calendar/fr.ts';
import calendarRu from './calendar/ru.ts';
import errorsDe from './errors/de.ts';
import errorsEn from './errors/en.ts';
import errorsEs from './errors/es.ts';
import errorsFr from './errors/fr.ts';
import errorsRu from './errors/ru.ts';
import importDe from './import/de.ts';
import importEn from './import/en.ts';
import importEs from './import/es.ts';
import importFr from './import/fr.ts';
import importRu from './import/ru.ts';

/**
 * The core's sentences (errors, import warnings and notes, backup checks, progress labels,
 * calendar event titles) by
 * area, one catalog per language: English is the source and what the CLI prints; the renderer
 * says the same ids in the interface language. Plain TypeScript, so the core, the CLI and the
 * renderer all read them.
 */
export const CORE_CATALOGS = {
  errors: { en: errorsEn, fr: errorsFr, es: errorsEs, ru: errorsRu, de: errorsDe },
  import: { en: importEn, fr: importFr, es: importEs, ru: importRu, de: importDe },
  backup: { en: backupEn, fr: backupFr, es: backupEs, ru: backupRu, de: backupDe },
  calendar: { en: calendarEn, fr: calendarFr, es: calendarEs, ru: calendarRu, de: calendarDe },
} as const;

/** Every core message in English, by id (ids start with their area: "error.", "import.", "backup.", "calendar."). */
export const CORE_ENGLISH = { ...errorsEn, ...importEn, ...backupEn, ...calendarEn } as const;

export type CoreMessageId = keyof typeof CORE_ENGLISH;
