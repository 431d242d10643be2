import { localized, translator } from '../../i18n/translate.ts';
import { todayCatalogs } from './messages/index.ts';

const t = translator(todayCatalogs);

/** The Today catalogs' translate function, for reminder-text.ts. */
export const todayTranslate = t;

/** Strings of the Today screen in the current language (texts in `messages/<language>.ts`). */
export const todayStrings = localized(() => ({
  title: t('title'),
  birthdaysTitle: t('birthdaysTitle'),
  loading: t('loading'),
  noBirthdays: t('noBirthdays'),
  noBirthdaysHint: t('noBirthdaysHint'),
  today: t('today'),
  tomorrow: t('tomorrow'),
  inDays: (days: number) => t('inDays', { days }),
  turns: (age: number) => t('turns', { age }),
  glanceTitle: t('glanceTitle'),
  people: (count: number) => t('people', { count }),
  emptyTitle: t('emptyTitle'),
  emptyBody: t('emptyBody'),
  overdueTitle: t('overdueTitle'),
  dueTodayTitle: t('dueTodayTitle'),
  keepInTouchTitle: t('keepInTouchTitle'),
  nextTitle: t('nextTitle'),
  allClear: t('allClear'),
  allClearHint: t('allClearHint'),
  nothingNext: t('nothingNext'),
  more: (count: number) => t('more', { count }),
  logCall: t('logCall'),
  logCallFor: (name: string) => t('logCallFor', { name }),
  lastContacted: (date: string) => t('lastContacted', { date }),
  neverContacted: t('neverContacted'),
  dueOn: (date: string) => t('dueOn', { date }),
  open: (name: string) => t('open', { name }),
  keysHint: t('keysHint'),
  notifyTitle: t('notifyTitle'),
  notifyTasks: (count: number) => t('notifyTasks', { count }),
  notifyOverdue: (count: number) => t('notifyOverdue', { count }),
  notifyBirthdays: (count: number, names: string) => t('notifyBirthdays', { count, names }),
  notifyKeepInTouch: (count: number) => t('notifyKeepInTouch', { count }),
  notifyNothing: t('notifyNothing'),
  notifyTask: (time: string, title: string) => t('notifyTask', { time, title }),
  openToday: t('openToday'),
  allowNotifications: t('allowNotifications'),
  dismiss: t('dismiss'),
}));
