import type { KeepInTouchFrequency } from '../../../shared/domain/interaction-types.ts';
import type { RepeatUnit } from '../../../shared/domain/recurrence.ts';
import { localized, translator } from '../../i18n/translate.ts';
import { taskCatalogs } from './messages/index.ts';

const t = translator(taskCatalogs);

/** The repeat choices the task form offers, by the rule each stands for. */
export const REPEAT_PRESETS = ['none', 'day', 'week', '2week', 'month', '3month', 'year'] as const;
export type RepeatPreset = (typeof REPEAT_PRESETS)[number];

/** Strings of tasks and keep-in-touch in the current language (texts in `messages/<language>.ts`). */
export const taskStrings = localized(() => ({
  addTitle: t('addTitle'),
  titleLabel: t('titleLabel'),
  titlePlaceholder: t('titlePlaceholder'),
  dueLabel: t('dueLabel'),
  timeLabel: t('timeLabel'),
  repeatLabel: t('repeatLabel'),
  repeatPreset: (preset: RepeatPreset) => t(`repeat.${preset}`),
  repeatEvery: (unit: RepeatUnit, count: number) => t('repeatEvery', { unit, count }),
  repeatRule: (rule: string) => t('repeatRule', { rule }),
  add: t('add'),
  adding: t('adding'),
  added: t('added'),
  markDone: (title: string) => t('markDone', { title }),
  completed: (title: string) => t('completed', { title }),
  completedNext: (title: string, date: string) => t('completedNext', { title, date }),
  reopened: t('reopened'),
  undo: t('undo'),
  snooze: t('snooze'),
  snoozeTitle: (title: string) => t('snoozeTitle', { title }),
  snoozeTomorrow: t('snoozeTomorrow'),
  snoozeNextWeek: t('snoozeNextWeek'),
  snoozePick: t('snoozePick'),
  snoozeApply: t('snoozeApply'),
  snoozed: (date: string) => t('snoozed', { date }),
  delete: t('delete'),
  deleteTitle: (title: string) => t('deleteTitle', { title }),
  deleted: t('deleted'),
  late: (days: number) => t('late', { days }),
  noDate: t('noDate'),
  tasksTitle: t('tasksTitle'),
  noTasks: t('noTasks'),
  addTaskButton: t('addTaskButton'),
  keepInTouchLabel: t('keepInTouchLabel'),
  frequency: (frequency: KeepInTouchFrequency | 'none') => t(`kit.${frequency}`),
  kitHint: t('kitHint'),
  nextDue: (date: string) => t('nextDue', { date }),
  nextDueLate: (date: string) => t('nextDueLate', { date }),
  saved: t('saved'),
  editTitle: (title: string) => t('editTitle', { title }),
  edit: t('edit'),
  save: t('save'),
  cancel: t('cancel'),
}));
