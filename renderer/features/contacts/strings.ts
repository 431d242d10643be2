import { localized, translator } from '../../i18n/translate.ts';
import { contactCatalogs } from './messages/index.ts';

const t = translator(contactCatalogs);

/** Where a repeated row lives in the form; says which thing "Remove" removes. */
export type RowKind = 'emails' | 'phones' | 'websites' | 'addresses' | 'customFields';

/**
 * Every user-visible string of the Contacts and Companies screens in the current language (texts
 * in `messages/<language>.ts`). Functions take the values they interpolate; counts go through
 * the message so plurals and digit grouping follow the language.
 */
export const contactStrings = localized(() => ({
  searchLabel: t('searchLabel'),
  searchPlaceholder: (kind: 'person' | 'company') => t('searchPlaceholder', { kind }),
  newContact: t('newContact'),
  newCompany: t('newCompany'),
  /** A tooltip naming a button's shortcut: "New contact (Ctrl+N or N)", "Cancel (Esc)". */
  withKeys: (label: string, keys: string) => t('withKeys', { label, keys }),
  listLabel: (kind: 'person' | 'company') => t('listLabel', { kind }),
  count: (count: number) => t('count', { count }),
  companyCount: (count: number) => t('companyCount', { count }),
  /** People and company cards counted apart: "12 contacts · 3 companies", never "15 contacts" for both. */
  kindCount: (people: number, companies: number) =>
    [people > 0 || companies === 0 ? t('count', { count: people }) : '', companies > 0 ? t('companyCount', { count: companies }) : ''].filter(Boolean).join(' · '),
  /** Matches of a search (people and companies together). */
  found: (count: number) => t('found', { count }),
  batchFilter: (fileName: string, date: string) => t('batchFilter', { fileName, date }),
  clearBatchFilter: t('clearBatchFilter'),
  clearBatchFilterLabel: (fileName: string) => t('clearBatchFilterLabel', { fileName }),
  batchEmptyTitle: t('batchEmptyTitle'),
  batchEmptyBody: t('batchEmptyBody'),
  showAll: t('showAll'),
  loading: t('loading'),
  loadingRow: t('loading'),
  companyRow: t('companyRow'),

  emptyTitle: t('emptyTitle'),
  emptyBody: t('emptyBody'),
  emptyCompaniesTitle: t('emptyCompaniesTitle'),
  emptyCompaniesBody: t('emptyCompaniesBody'),
  addFirstCompany: t('addFirstCompany'),
  noResults: (query: string) => t('noResults', { query }),
  noResultsHint: t('noResultsHint'),
  createNamed: (query: string) => t('createNamed', { query }),

  nothingSelected: t('nothingSelected'),
  nothingSelectedHint: t('nothingSelectedHint'),

  edit: t('edit'),
  delete: t('delete'),
  close: t('close'),
  save: t('save'),
  cancel: t('cancel'),
  saving: t('saving'),
  discardHint: t('discardHint'),
  leaveUnsaved: t('leaveUnsaved'),
  saved: t('saved'),
  deleted: (name: string) => t('deleted', { name }),
  undo: t('undo'),
  restored: (name: string) => t('restored', { name }),
  notFound: t('notFound'),

  sectionEmail: t('sectionEmail'),
  sectionPhone: t('sectionPhone'),
  sectionAddress: t('sectionAddress'),
  sectionWebsite: t('sectionWebsite'),
  sectionBirthday: t('sectionBirthday'),
  sectionTags: t('sectionTags'),
  sectionNotes: t('sectionNotes'),
  sectionCompany: t('sectionCompany'),
  sectionTitle: t('sectionTitle'),
  peopleHere: t('peopleHere'),
  created: (date: string) => t('created', { date }),
  updated: (date: string) => t('updated', { date }),

  formNewTitle: t('formNewTitle'),
  formNewCompanyTitle: t('formNewCompanyTitle'),
  formEditTitle: (name: string) => t('formEditTitle', { name }),
  firstName: t('firstName'),
  lastName: t('lastName'),
  company: t('company'),
  companyName: t('company'),
  title: t('title'),
  email: t('email'),
  phone: t('phone'),
  website: t('website'),
  street: t('street'),
  city: t('city'),
  region: t('region'),
  postalCode: t('postalCode'),
  country: t('country'),
  birthday: t('birthday'),
  birthdayHint: t('birthdayHint'),
  birthdayUnderstood: (date: string) => t('birthdayUnderstood', { date }),
  tags: t('tags'),
  tagsHint: t('tagsHint'),
  notes: t('notes'),
  fieldLabel: t('fieldLabel'),
  remove: t('remove'),
  /** "Remove this email": one sentence per kind of row, so each language can agree its words. */
  removeTitle: (what: RowKind) => t('removeTitle', { what }),
  addEmail: t('addEmail'),
  addPhone: t('addPhone'),
  addAddress: t('addAddress'),
  addWebsite: t('addWebsite'),
  customFields: t('customFields'),
  customFieldName: t('customFieldName'),
  customFieldValue: t('customFieldValue'),
  customFieldNamePlaceholder: t('customFieldNamePlaceholder'),
  addCustomField: t('addCustomField'),
  addBirthday: t('addBirthday'),
  addNotes: t('addNotes'),

  needsFieldName: t('needsFieldName'),
  tooManyCustomFields: (max: number) => t('tooManyCustomFields', { max }),
  invalidEmail: t('invalidEmail'),
  emptyEmail: t('emptyEmail'),
  needsDigits: t('needsDigits'),
  emptyPhone: t('emptyPhone'),
  emptyWebsite: t('emptyWebsite'),
  tooLong: (max: number) => t('tooLong', { max }),
  tooMany: (max: number) => t('tooMany', { max }),
  phoneReadAs: (number: string, country: string | null) => (country ? t('phoneReadAsIn', { number, country }) : t('phoneReadAs', { number })),
  phoneNotInUse: (number: string, country: string | null) => (country ? t('phoneNotInUseIn', { number, country }) : t('phoneNotInUse', { number })),
  phoneTooShort: (country: string) => t('phoneTooShort', { country }),
  phoneTooLong: (country: string) => t('phoneTooLong', { country }),
  phoneWrongLength: (country: string) => t('phoneWrongLength', { country }),
  needsName: t('needsName'),
  needsCompanyName: t('needsCompanyName'),
  fixErrors: (count: number) => t('fixErrors', { count }),

  labels: {
    work: t('labels.work'),
    home: t('labels.home'),
    mobile: t('labels.mobile'),
    other: t('labels.other'),
    main: t('labels.main'),
  } as Record<string, string>,
}));

/** A stored label ("work", or a free one from an import such as "Shop") as shown to the user. */
export function labelText(label: string): string {
  return contactStrings.labels[label.toLowerCase()] ?? label;
}
