import { useEffect } from 'react';
import { EMPTY_SCHEDULE_STATE, type ScheduleState } from '../../shared/domain/notification-schedule.ts';
import { reminderTick } from '../../shared/domain/today-reminders.ts';
import type { CarnetClient } from '../transport/client.ts';
import { reminderText } from '../features/today/reminder-text.ts';
import { todayTranslate } from '../features/today/strings.ts';
import { formatLocalTime } from '../features/tasks/format.ts';
import { useNavigation } from '../stores/navigation-store.ts';
import { useReminderBanner } from '../stores/reminder-store.ts';
import { useSettings } from '../stores/settings-store.ts';
import { localTimeZone, localToday, useToday } from '../stores/today-store.ts';

const STATE_KEY = 'carnet.reminders';

function readState(): ScheduleState {
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(STATE_KEY) ?? 'null') as ScheduleState | null;
    return saved && Array.isArray(saved.shownTasks) ? saved : EMPTY_SCHEDULE_STATE;
  } catch {
    return EMPTY_SCHEDULE_STATE;
  }
}

function saveState(state: ScheduleState): void {
  try {
    globalThis.localStorage?.setItem(STATE_KEY, JSON.stringify(state));
  } catch {
    // Not remembered: at worst a reminder shows again after a reload.
  }
}

/**
 * Reminders in the browser host: the daily summary at the chosen time and each task at its own
 * time, as OS notifications when the user allows them, otherwise as a banner in the window. A click
 * opens Today. The desktop app does this in its main process (electron/main/reminder-clock.ts), so
 * it runs only without Electron. The rules are notification-schedule.ts's; this only keeps the clock.
 */
export function useReminders(client: CarnetClient): void {
  useEffect(() => {
    if (typeof window === 'undefined' || (window as { carnet?: unknown }).carnet) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let day = localToday();
    let startingUp = true;
    const tick = () => {
      if (localToday() !== day) {
        day = localToday(); // past midnight: what is due changed
        void useToday.getState().load(client);
      }
      const today = useToday.getState().today;
      const settings = useSettings.getState().settings;
      const timeZone = localTimeZone();
      if (today && settings && timeZone) {
        const { notifications, state, sleepMs } = reminderTick(today, { now: new Date(), timeZone, notificationTime: settings.notificationTime, state: readState(), startingUp });
        startingUp = false;
        saveState(state);
        for (const notification of notifications) show(reminderText(notification, todayTranslate, formatLocalTime));
        timer = setTimeout(tick, sleepMs);
      } else {
        timer = setTimeout(tick, 5_000);
      }
    };
    timer = setTimeout(tick, 1_000);
    return () => clearTimeout(timer);
  }, [client]);
}

function show({ title, body }: { title: string; body: string }): void {
  const openToday = () => {
    window.focus();
    useNavigation.getState().go('today');
  };
  if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
    try {
      const notification = new Notification(title, { body });
      notification.onclick = openToday;
      return;
    } catch {
      // Some browsers only allow notifications from a service worker: fall back to the banner.
    }
  }
  useReminderBanner.getState().show(title, body);
}
