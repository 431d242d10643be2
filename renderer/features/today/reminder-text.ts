import type { Notification } from '../../../shared/domain/notification-schedule.ts';
import type todayEnglish from './messages/en.ts';

/** A translate function over the Today catalogs: the renderer's, or the Electron main process's own. */
export type TodayTranslate = (id: keyof typeof todayEnglish & string, values?: Record<string, string | number>) => string;

/**
 * The title and body of a reminder, in the interface language: one wording for the browser's
 * notifications and banner and for the desktop app's OS notifications. Pure (no DOM), so the
 * Electron main process uses it too.
 */
export function reminderText(notification: Notification, t: TodayTranslate, formatTime: (time: string) => string): { title: string; body: string } {
  if (notification.kind === 'task') return { title: t('notifyTitle'), body: t('notifyTask', { time: formatTime(notification.time), title: notification.title }) };
  const parts: string[] = [];
  if (notification.tasksDue > 0) parts.push(t('notifyTasks', { count: notification.tasksDue }));
  if (notification.overdue > 0) parts.push(t('notifyOverdue', { count: notification.overdue }));
  if (notification.keepInTouch > 0) parts.push(t('notifyKeepInTouch', { count: notification.keepInTouch }));
  if (notification.birthdays.length > 0) parts.push(t('notifyBirthdays', { count: notification.birthdays.length, names: notification.birthdays.join(', ') }));
  return { title: t('notifyTitle'), body: parts.length > 0 ? parts.join(' · ') : t('notifyNothing') };
}
