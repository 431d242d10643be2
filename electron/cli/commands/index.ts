import type { CliCommand } from '../cli-types.ts';
import { backupCreateCommand } from './backup-create.ts';
import { backupListCommand } from './backup-list.ts';
import { backupRestoreCommand, backupUndoRestoreCommand } from './backup-restore.ts';
import { backupVerifyCommand } from './backup-verify.ts';
import { contactsListCommand } from './contacts-list.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { importListCommand } from './import-list.ts';
import { importUndoCommand } from './import-undo.ts';
import { logCommand } from './log.ts';
import { serveCommand } from './serve.ts';
import { trashListCommand } from './trash-list.ts';
import { trashRestoreCommand } from './trash-restore.ts';
import { tasksAddCommand } from './tasks-add.ts';
import { tasksDoneCommand } from './tasks-done.ts';
import { tasksListCommand } from './tasks-list.ts';
import { calendarExportCommand } from './calendar-export.ts';
import { reportSummaryCommand } from './report-summary.ts';
import { purchasesListCommand } from './purchases-list.ts';

/** Every CLI command. Each area adds its commands here, one file per command. */
export const commands: CliCommand[] = [serveCommand, contactsListCommand, exportCommand, importCommand, importListCommand, importUndoCommand, backupCreateCommand, backupVerifyCommand, backupListCommand, backupRestoreCommand, backupUndoRestoreCommand, trashListCommand, trashRestoreCommand, logCommand, tasksListCommand, tasksAddCommand, tasksDoneCommand, calendarExportCommand, purchasesListCommand, reportSummaryCommand];
