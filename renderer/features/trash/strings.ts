import { appStrings } from '../../app/strings.ts';

/** Every user-visible string of the Trash screen, in one place for translation. */
export const trashStrings = {
  title: 'Trash',
  intro: (days: number) =>
    `Contacts you delete, and contacts removed by undoing an import, wait here for ${days} days: restore them until then. After that they are deleted for good.`,
  counts: appStrings.peopleAndCompanies,
  listLabel: 'Contacts in the trash',
  loading: 'Loading…',
  loadingRow: 'Loading…',

  emptyTitle: 'The trash is empty',
  emptyBody: (days: number) =>
    `When you delete a contact, or undo an import, the contacts go here for ${days} days, so nothing is lost by mistake. Restore them from here until then.`,

  person: 'Person',
  company: 'Company',
  deletedByYou: (when: string) => `Deleted ${when}`,
  removedByUndo: (fileName: string, when: string) => `Removed ${when} by undoing the import of ${fileName}`,

  select: (name: string) => `Select ${name}`,
  restore: 'Restore',
  restoreOne: (name: string) => `Restore ${name}`,
  deleteForever: 'Delete forever',
  deleteOneForever: (name: string) => `Delete ${name} forever`,
  selected: (count: number) => `${count} selected`,
  restoreSelected: (count: number) => `Restore ${count} selected`,
  deleteSelected: (count: number) => `Delete ${count} forever…`,
  clearSelection: 'Clear selection',
  emptyTrash: 'Empty trash…',

  restored: (what: string) => `${what} back in Contacts`,
  restoredOne: (name: string) => `${name} is back in Contacts`,
  deleted: (what: string) => `${what} deleted for good`,

  confirmDeleteTitle: (what: string) => `Delete ${what} forever?`,
  confirmDeleteBody: 'This cannot be undone: everything stored with them (emails, phones, addresses, notes, photo, other fields) is deleted too.',
  confirmEmptyTitle: 'Empty the trash?',
  confirmEmpty: 'Empty trash',
  confirmEmptyBody: (what: string) => `The ${what} in the trash will be deleted for good. This cannot be undone.`,
  cancel: 'Cancel',

  importsTitle: 'From undone imports',
  importLine: (fileName: string, imported: string, undone: string) => `${fileName}, imported ${imported}, undone ${undone}`,
  showOnly: 'Show only these',
  showOnlyLabel: (fileName: string) => `Show only the contacts from ${fileName}`,
  restoreAll: (what: string) => `Restore all ${what}`,
  restoreAllLabel: (what: string, fileName: string) => `Restore all ${what} from ${fileName}`,
  filter: (fileName: string) => `Removed by undoing the import of ${fileName}`,
  clearFilter: 'Clear',
  clearFilterLabel: 'Clear the filter and show the whole trash',

  restoring: 'Restoring contacts',
  emptying: 'Emptying the trash',
  stop: 'Cancel',
  leaveRunning: 'The trash is being restored or emptied. If you leave, it goes on, but you will not see its progress or be able to cancel it. Leave anyway?',
};
