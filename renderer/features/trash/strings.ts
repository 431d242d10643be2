import { appStrings } from '../../app/strings.ts';
import { localized, translator } from '../../i18n/translate.ts';
import { trashCatalogs } from './messages/index.ts';

const t = translator(trashCatalogs);

/** Every user-visible string of the Trash screen in the current language (texts in `messages/<language>.ts`). */
export const trashStrings = localized(() => ({
  title: t('title'),
  intro: (days: number) => t('intro', { days }),
  counts: appStrings.peopleAndCompanies,
  listLabel: t('listLabel'),
  loading: t('loading'),
  loadingRow: t('loading'),

  emptyTitle: t('emptyTitle'),
  emptyBody: (days: number) => t('emptyBody', { days }),

  person: t('person'),
  company: t('company'),
  deletedByYou: (when: string) => t('deletedByYou', { when }),
  removedByUndo: (fileName: string, when: string) => t('removedByUndo', { fileName, when }),

  select: (name: string) => t('select', { name }),
  restore: t('restore'),
  restoreOne: (name: string) => t('restoreOne', { name }),
  deleteForever: t('deleteForever'),
  deleteOneForever: (name: string) => t('deleteOneForever', { name }),
  selected: (count: number) => t('selected', { count }),
  restoreSelected: (count: number) => t('restoreSelected', { count }),
  deleteSelected: (count: number) => t('deleteSelected', { count }),
  clearSelection: t('clearSelection'),
  emptyTrash: t('emptyTrash'),

  restored: (what: string) => t('restored', { what }),
  restoredOne: (name: string) => t('restoredOne', { name }),
  deleted: (what: string) => t('deleted', { what }),

  confirmDeleteTitle: (what: string) => t('confirmDeleteTitle', { what }),
  confirmDeleteBody: t('confirmDeleteBody'),
  confirmEmptyTitle: t('confirmEmptyTitle'),
  confirmEmpty: t('confirmEmpty'),
  confirmEmptyBody: (what: string) => t('confirmEmptyBody', { what }),
  cancel: t('cancel'),

  importsTitle: t('importsTitle'),
  importLine: (fileName: string, imported: string, undone: string) => t('importLine', { fileName, imported, undone }),
  showOnly: t('showOnly'),
  showOnlyLabel: (fileName: string) => t('showOnlyLabel', { fileName }),
  restoreAll: (what: string) => t('restoreAll', { what }),
  restoreAllLabel: (what: string, fileName: string) => t('restoreAllLabel', { what, fileName }),
  filter: (fileName: string) => t('filter', { fileName }),
  clearFilter: t('clearFilter'),
  clearFilterLabel: t('clearFilterLabel'),

  restoring: t('restoring'),
  emptying: t('emptying'),
  stop: t('stop'),
  leaveRunning: t('leaveRunning'),
}));
