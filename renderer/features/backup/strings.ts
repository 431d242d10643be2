import { localized, translator } from '../../i18n/translate.ts';
import type { BackupEntry } from '../../../shared/contract/backup.ts';
import { backupCatalogs } from './messages/index.ts';

type BackupCounts = NonNullable<BackupEntry['counts']>;

const t = translator(backupCatalogs);

/** Strings of the Backup screen in the current language (texts in `messages/<language>.ts`). */
export const backupStrings = localized(() => ({
  title: t('title'),
  intro: t('intro'),
  folderTitle: t('folderTitle'),
  folderLabel: t('folderLabel'),
  folderPlaceholder: t('folderPlaceholder'),
  folderHint: t('folderHint'),
  useFolder: t('useFolder'),
  encrypt: t('encrypt'),
  passphrase: t('passphrase'),
  passphraseAgain: t('passphraseAgain'),
  passphraseHint: (min: number) => t('passphraseHint', { min }),
  passphraseTooShort: (min: number) => t('passphraseTooShort', { min }),
  passphraseMismatch: t('passphraseMismatch'),
  backUpNow: t('backUpNow'),
  backingUp: t('backingUp'),
  leaveBackingUp: t('leaveBackingUp'),
  backedUp: (name: string) => t('backedUp', { name }),
  /** With its colon, which French spaces differently. */
  lastBackup: t('lastBackup'),
  noBackupYet: t('noBackupYet'),
  lastBackupLine: (when: string, where: string, size: string) => t('lastBackupLine', { when, where, size }),
  listTitle: t('listTitle'),
  listEmpty: t('listEmpty'),
  chooseFolderFirst: t('chooseFolderFirst'),
  autoTitle: t('autoTitle'),
  autoIntro: t('autoIntro'),
  autoEmpty: t('autoEmpty'),
  verify: t('verify'),
  restore: t('restore'),
  verifying: t('verifying'),
  intact: (counts: string, when: string) => t('intact', { counts, when }),
  manifestNotAuthenticated: t('manifestNotAuthenticated'),
  encrypted: t('encrypted'),
  unusable: t('unusable'),
  /** "Carnet 0.1.0": the version a backup was made by. */
  madeBy: (version: string) => t('madeBy', { version }),
  /** "12 contacts, 1 company" (then "40 interactions, 3 tasks" when it has any), numbers grouped for the locale. */
  counts: ({ contacts, companies, interactions, tasks, purchases }: BackupCounts) =>
    [t('counts', { contacts, companies }), ...(interactions + tasks > 0 ? [t('activity', { interactions, tasks })] : []), ...(purchases > 0 ? [t('purchaseCount', { purchases })] : [])].join(', '),
  passphraseFor: (name: string) => t('passphraseFor', { name }),
  confirmRestoreTitle: t('confirmRestoreTitle'),
  confirmRestoreBody: (when: string) => t('confirmRestoreBody', { when }),
  confirmRestore: t('confirmRestore'),
  cancel: t('cancel'),
  restoring: t('restoring'),
  restored: (when: string) => t('restored', { when }),
  /** A second sentence after `restored`. */
  migrated: (from: number) => t('migrated', { from }),
  undoTitle: t('undoTitle'),
  undoBody: (when: string, from: string) => t('undoBody', { when, from }),
  undoRestore: t('undoRestore'),
  undone: t('undone'),
  exportTitle: t('exportTitle'),
  exportIntro: t('exportIntro'),
  exportFormat: t('exportFormat'),
  exportCsv: t('exportCsv'),
  exportJson: t('exportJson'),
  exportNow: t('exportNow'),
  exporting: t('exporting'),
  exported: (count: number, name: string) => t('exported', { count, name }),
  needFolder: t('needFolder'),
  loading: t('loading'),
}));
