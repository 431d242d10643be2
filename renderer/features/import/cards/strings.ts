import { localized, translator } from '../../../i18n/translate.ts';
import { listOf } from '../strings.ts';
import { cardCatalogs } from './messages/index.ts';

const t = translator(cardCatalogs);

/**
 * Every sentence of the business-card and vCard import in the current language (texts in
 * `messages/<language>.ts`).
 */
export const cardStrings = localized(() => ({
  title: t('title'),
  intro: t('intro'),
  drop: t('drop'),
  choose: t('choose'),
  unsupported: (names: readonly string[]) => t('unsupported', { names: listOf(names) }),
  reading: (index: number, total: number, fileName: string) => t('reading', { index, total, fileName }),
  /** The reading line with how far it is, the percent written the language's way ("42 %" in French). */
  readingPercent: (reading: string, percent: number) => t('readingPercent', { reading, done: percent / 100 }),
  stopReading: t('stopReading'),
  readFailed: (fileName: string, message: string) => t('readFailed', { fileName, message }),
  reviewTitle: (index: number, total: number) => t('reviewTitle', { index, total }),
  waiting: t('waiting'),
  photoAlt: (fileName: string) => t('photoAlt', { fileName }),
  qrFound: (format: string) => t('qrFound', { format }),
  /** `percent` from 0 to 100; the language places the % sign ("95 %" in French). */
  unsure: (percent: number) => t('unsure', { confidence: percent / 100 }),
  ocrText: t('ocrText'),
  save: t('save'),
  saveAndNext: t('saveAndNext'),
  skip: t('skip'),
  saved: (count: number) => t('saved', { count }),
  fields: {
    firstName: t('fields.firstName'),
    lastName: t('fields.lastName'),
    company: t('fields.company'),
    title: t('fields.title'),
    email: t('fields.email'),
    phone: t('fields.phone'),
    website: t('fields.website'),
    street: t('fields.street'),
    postalCode: t('fields.postalCode'),
    city: t('fields.city'),
    country: t('fields.country'),
  },
  // The files given at once, each imported or said not to be.
  filesTitle: t('filesTitle'),
  photosName: (count: number) => t('photosName', { count }),
  /** The batch name of the reviewed cards, in the import history (kept in the language it was imported in). */
  cardsBatchName: (count: number) => t('cardsBatchName', { count }),
  position: (first: number, last: number, total: number) => (first === last ? t('positionOne', { first, total }) : t('positionRange', { first, last, total })),
  itemTitle: (position: string, name: string) => t('itemTitle', { position, name }),
  stillToCome: (names: readonly string[]) => t('stillToCome', { names: listOf(names) }),
  lastOne: t('lastOne'),
  skipFile: t('skipFile'),
  skipPhotos: t('skipPhotos'),
  nextFile: (name: string) => t('nextFile', { name }),
  finish: t('finish'),
  states: {
    waiting: t('states.waiting'),
    current: t('states.current'),
    imported: (summary: string) => t('states.imported', { summary }),
    undone: t('states.undone'),
    chosen: t('states.chosen'),
    noCardSaved: t('states.noCardSaved'),
    failed: (error: string) => t('states.failed', { error }),
    unsupported: t('states.unsupported'),
  },
  skipped: (name: string) => t('skipped', { name }),
  noCardSaved: (name: string) => t('noCardSaved', { name }),
  failed: (name: string) => t('failed', { name }),
  notVCard: t('notVCard'),
  leaveWaiting: (names: readonly string[]) => t('leaveWaiting', { names: listOf(names) }),
  finished: (c: { imported: number; total: number }) => t('finished', { imported: c.imported, total: c.total }),
  photoLink: t('photoLink'),
  exportVCard: t('exportVCard'),
  exportTitle: t('exportTitle'),
  exportIntro: t('exportIntro'),
  exportTag: t('exportTag'),
  exportTagPlaceholder: t('exportTagPlaceholder'),
  exportVersion: t('exportVersion'),
  version30: t('version30'),
  version40: t('version40'),
  exported: (count: number, fileName: string) => t('exported', { count, fileName }),
}));
