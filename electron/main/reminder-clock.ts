import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Core } from '../core/core.ts';
import { localDateOf } from '../../shared/domain/local-date.ts';
import { LANGUAGES, type Language } from '../../shared/domain/languages.ts';
import { EMPTY_SCHEDULE_STATE, type ScheduleState } from '../../shared/domain/notification-schedule.ts';
import { reminderTick } from '../../shared/domain/today-reminders.ts';
import { todayCatalogs } from '../../renderer/features/today/messages/index.ts';
import { reminderText, type TodayTranslate } from '../../renderer/features/today/reminder-text.ts';

/**
 * The desktop app's reminders: the daily summary at the time chosen in Settings and each task at
 * its own time, as OS notifications, shown by the main process so they come while the window is
 * hidden. Free of Electron itself (the caller passes `show`), so plain Node tests drive it; the
 * rules are shared/domain/notification-schedule.ts's, the wording the Today catalogs'.
 */
export interface ReminderClockOptions {
  core: Pick<Core, 'call'>;
  /** Shows one OS notification (main.ts: a click on it opens Today). */
  show(title: string, body: string): void;
  /** The system locale ('fr-FR'), for the 'system' language choice. */
  systemLocale: string;
  /** Where the clock remembers what it has shown (a small JSON file in the app's folder). */
  stateFile: string;
  now?: () => Date;
  timeZone?: () => string;
  /** The first tick after the app started: today's summary is not shown (Today opens instead). */
  startingUp?: boolean;
}

export function readReminderState(file: string): ScheduleState {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as ScheduleState;
    return Array.isArray(saved.shownTasks) ? saved : EMPTY_SCHEDULE_STATE;
  } catch {
    return EMPTY_SCHEDULE_STATE;
  }
}

/** The Today catalogs' wording in one language, without the renderer's stores. */
export function todayTranslator(language: Language, locale: string): TodayTranslate {
  const messages = todayCatalogs[language] as Record<string, string>;
  return (id, values) => String(new IntlMessageFormat(messages[id] ?? todayCatalogs.en[id], [locale, language]).format(values));
}

function languageOf(choice: string, systemLocale: string): { language: Language; locale: string } {
  const wanted = choice === 'system' ? systemLocale.slice(0, 2).toLowerCase() : choice;
  const language = (LANGUAGES as readonly string[]).includes(wanted) ? (wanted as Language) : 'en';
  return { language, locale: systemLocale.toLowerCase().startsWith(language) ? systemLocale : language };
}

/** One tick: shows what is due and returns how long to wait before the next one. */
export async function reminderClockTick(options: ReminderClockOptions): Promise<number> {
  const now = options.now?.() ?? new Date();
  const timeZone = options.timeZone?.() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const settings = await options.core.call('settings.get', {});
  const today = await options.core.call('today.get', { today: localDateOf(now, timeZone), timeZone, limit: 500 });
  const before = readReminderState(options.stateFile);
  const result = reminderTick(today, { now, timeZone, notificationTime: settings.notificationTime, state: before, startingUp: options.startingUp ?? false });
  if (JSON.stringify(result.state) !== JSON.stringify(before)) {
    fs.mkdirSync(path.dirname(options.stateFile), { recursive: true });
    fs.writeFileSync(options.stateFile, JSON.stringify(result.state));
  }
  const { language, locale } = languageOf(settings.language, options.systemLocale);
  const t = todayTranslator(language, locale);
  const formatTime = (time: string) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(`2000-01-01T${time}:00Z`));
  for (const notification of result.notifications) {
    const text = reminderText(notification, t, formatTime);
    options.show(text.title, text.body);
  }
  return result.sleepMs;
}

/** Runs the clock until `stop()`. A failed tick (the database busy restoring) tries again in a minute. */
export function startReminderClock(options: ReminderClockOptions): { stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let startingUp = true;
  const run = () => {
    reminderClockTick({ ...options, startingUp }).then(
      (sleepMs) => {
        startingUp = false;
        if (!stopped) timer = setTimeout(run, sleepMs);
      },
      () => !stopped && (timer = setTimeout(run, 60_000)),
    );
  };
  timer = setTimeout(run, 2_000);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
