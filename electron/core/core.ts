import path from 'node:path';
import { contract, isMethodName, type MethodName, type MethodOutput } from '../../shared/contract/index.ts';
import type { CarnetEvent } from '../../shared/contract/events.ts';
import type { Settings } from '../../shared/contract/app.ts';
import type { z } from 'zod';
import { CarnetError, type CarnetErrorIssue } from '../../shared/errors.ts';
import { coreMessage } from '../../shared/messages/core-text.ts';
import { countLiveContacts } from './contacts/contact-query.ts';
import { contactHandlers } from './contacts/contact-handlers.ts';
import { importHandlers } from './import/import-handlers.ts';
import type { CoreContext } from './core-context.ts';
import { prepareDataFolder } from './data-folder.ts';
import { DATABASE_FILE_NAME, openDatabase, type OpenDatabaseOptions, type OpenedDatabase } from './db/open-database.ts';
import type { AllHandlers } from './handler-types.ts';
import { countryFromLocale, DEFAULT_SETTINGS, loadSettings, saveSettings, updateSettings } from './settings/settings-store.ts';
import { APP_VERSION } from './app-version.ts';
import type { AutoBackupOptions } from './backup/auto-backup.ts';
import { backupHandlers } from './backup/backup-handlers.ts';
import { createBackupService } from './backup/backup-service.ts';
import { exportHandlers } from './backup/export-handlers.ts';
import { cardHandlers } from './cards/card-handlers.ts';
import { trashHandlers } from './trash/trash-handlers.ts';
import { taskHandlers } from './tasks/task-handlers.ts';
import { calendarHandlers } from './calendar/calendar-handlers.ts';
import { purgeExpiredTrash } from './trash/purge-expired.ts';
import { interactionHandlers } from './interactions/interaction-handlers.ts';
import { timelineHandlers } from './timeline/timeline-handlers.ts';
import { startDueRefresh } from './interactions/due-refresh-timer.ts';
import { reportHandlers } from './reports/report-handlers.ts';
import { startRfmRefresh } from './reports/rfm-timer.ts';
import { purchaseHandlers } from './purchases/purchase-handlers.ts';
import { productHandlers } from './purchases/product-handlers.ts';

export interface CoreOptions extends OpenDatabaseOptions {
  dataDir: string;
  /** The OS locale, used once to pick the default phone country on a new database. */
  locale?: string;
  /** Automatic local snapshots (on unless `enabled: false`). */
  autoBackup?: AutoBackupOptions;
}

export interface Core {
  /** Validates `input` against the contract and runs the method. Rejects with a CarnetError. */
  dispatch(method: string, input: unknown): Promise<unknown>;
  /** Typed call for in-process callers (CLI, tests). */
  call<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>>;
  onEvent(listener: (event: CarnetEvent) => void): () => void;
  readonly context: CoreContext;
  close(): Promise<void>;
}

/**
 * The whole application behind one `dispatch`: plain Node, no Electron, so every host (Electron
 * main, web host, CLI) and every test drives the same code.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  prepareDataFolder(options.dataDir);
  const database = await openDatabase(path.join(options.dataDir, DATABASE_FILE_NAME), options);
  try {
    return await startCore(database, options);
  } catch (error) {
    // A file that opens but cannot be used (a table missing) must not stay open: `carnet backup
    // undo-restore` replaces it next, which Windows refuses for an open file.
    await database.close().catch(() => undefined);
    throw error;
  }
}

async function startCore(database: OpenedDatabase, options: CoreOptions): Promise<Core> {
  const listeners = new Set<(event: CarnetEvent) => void>();
  let settings = await loadSettings(database.db);
  if (!(await hasStoredSettings(database.db))) {
    settings = { ...DEFAULT_SETTINGS, defaultCountry: countryFromLocale(options.locale) ?? DEFAULT_SETTINGS.defaultCountry };
    await saveSettings(database.db, settings);
  }

  const context: CoreContext = {
    database,
    dataDir: options.dataDir,
    appVersion: APP_VERSION,
    settings: () => settings,
    updateSettings: async (patch: Partial<Settings>) => (await applySettings(patch)).settings,
    reloadSettings: async () => (settings = await loadSettings(database.db)),
    emit: (event) => {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // One broken listener must not stop the others or the write that emitted.
        }
      }
    },
  };

  /** Saves a settings change (re-reading phone numbers for a new country) and tells the screens. */
  async function applySettings(patch: Partial<Settings>) {
    const update = await updateSettings(database, patch);
    settings = update.settings;
    // Many ids make a big event for nothing: an empty list means "any contact may have changed".
    if (update.changedContactIds.length > 0) context.emit({ type: 'contacts.changed', ids: update.changedContactIds.length <= 500 ? update.changedContactIds : [] });
    return update;
  }

  const backups = createBackupService(context, { autoBackup: options.autoBackup });
  listeners.add((event) => {
    if (event.type === 'contacts.changed') backups.noteChange();
  });

  const handlers: AllHandlers = {
    'app.info': async () => ({
      version: APP_VERSION,
      dataDir: options.dataDir,
      databasePath: database.path,
      schemaVersion: database.schemaVersion,
      contactCount: await countLiveContacts(database.db),
    }),
    'settings.get': async () => settings,
    'settings.update': async (patch) => {
      const update = await applySettings(patch);
      return { ...update.settings, phonesReread: update.phonesReread };
    },
    ...contactHandlers(context),
    ...importHandlers(context),
    ...backupHandlers(backups),
    ...exportHandlers(context),
    ...cardHandlers(context),
    ...trashHandlers(context),
    ...interactionHandlers(context),
    ...timelineHandlers(context),
    ...taskHandlers(context),
    ...calendarHandlers(context),
    ...reportHandlers(context),
    ...purchaseHandlers(context),
    ...productHandlers(context),
  };

  await purgeExpiredTrash(context);
  const dueRefresh = startDueRefresh(context);
  const rfmRefresh = startRfmRefresh(context);

  async function dispatch(method: string, input: unknown): Promise<unknown> {
    if (!isMethodName(method)) throw new CarnetError('unknown_method', coreMessage('error.unknownMethod', { method: String(method).slice(0, 100) }));
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map(contractIssue);
      const first = issues[0];
      const said = first ? coreMessage('error.invalidInputDetail', { method, detail: `${first.path ? `${first.path}: ` : ''}${first.message}` }) : coreMessage('error.invalidInput', { method });
      throw new CarnetError('invalid_input', said, issues);
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return await handler(parsed.data);
    } catch (error) {
      throw toCarnetError(error);
    }
  }

  return {
    dispatch,
    call: (method, input) => dispatch(method, input) as Promise<never>,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    context,
    close: async () => {
      await dueRefresh.stop();
      await rfmRefresh.stop();
      await backups.close(); // the last automatic snapshot, when anything changed
      await database.close();
    },
  };
}

async function hasStoredSettings(db: CoreContext['database']['db']): Promise<boolean> {
  const row = await db.selectFrom('settings').select('key').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Anything that is not already a CarnetError becomes one, with the message but no stack. */
export function toCarnetError(error: unknown): CarnetError {
  if (error instanceof CarnetError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/SQLITE_FULL|ENOSPC/.test(message)) return new CarnetError('io', coreMessage('error.diskFull', { detail: message }));
  if (/SQLITE_READONLY|EACCES|EROFS/.test(message)) return new CarnetError('io', coreMessage('error.dataReadOnly', { detail: message }));
  return new CarnetError('internal', message);
}

/** A contract validation problem as it crosses to a host: path, English sentence, and its kind and limit. */
function contractIssue(issue: z.core.$ZodIssue): CarnetErrorIssue {
  const described: CarnetErrorIssue = { path: issue.path.join('.'), message: issue.message, code: issue.code };
  if ('origin' in issue && typeof issue.origin === 'string') described.origin = issue.origin;
  if (issue.code === 'too_big' && (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')) described.maximum = Number(issue.maximum);
  return described;
}
