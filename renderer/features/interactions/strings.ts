import type { InteractionType } from '../../../shared/domain/interaction-types.ts';
import type { TimelineKind } from '../../../shared/contract/interactions.ts';
import { localized, translator } from '../../i18n/translate.ts';
import { interactionCatalogs } from './messages/index.ts';

const t = translator(interactionCatalogs);

/**
 * Every user-visible string of the interactions feature (timeline, quick-log form, last
 * contacted, the list's sort) in the current language (texts in `messages/<language>.ts`).
 */
export const interactionStrings = localized(() => ({
  timelineTitle: t('timelineTitle'),
  lastContacted: (when: string) => t('lastContacted', { when }),
  neverContacted: t('neverContacted'),
  logButton: t('logButton'),
  filterLabel: t('filterLabel'),
  filterAll: t('filterAll'),
  kind: (kind: TimelineKind) => t(`kind.${kind}`),
  type: (type: InteractionType) => t('type', { type }),
  direction: (direction: 'in' | 'out' | null) => t(direction ? `direction.${direction}` : 'direction.none'),
  minutes: (minutes: number) => t('minutes', { minutes }),
  planned: t('planned'),
  taskDone: t('taskDone'),
  withPeople: (names: string) => t('withPeople', { names }),
  editEntry: (title: string) => t('editEntry', { title }),
  deleteEntry: (title: string) => t('deleteEntry', { title }),
  edit: t('edit'),
  delete: t('delete'),
  emptyTitle: t('emptyTitle'),
  emptyBody: t('emptyBody'),
  emptyFiltered: t('emptyFiltered'),
  loading: t('loading'),
  loadOlder: t('loadOlder'),
  logged: (type: InteractionType) => t('logged', { type }),
  deleted: (type: InteractionType) => t('deleted', { type }),
  saved: t('saved'),
  undone: t('undone'),
  undo: t('undo'),
  formTitleNew: (name: string) => t('formTitleNew', { name }),
  formTitleEdit: t('formTitleEdit'),
  fieldType: t('fieldType'),
  fieldDirection: t('fieldDirection'),
  fieldWhen: t('fieldWhen'),
  fieldMinutes: t('fieldMinutes'),
  fieldSubject: t('fieldSubject'),
  fieldBody: t('fieldBody'),
  fieldPeople: t('fieldPeople'),
  addPerson: t('addPerson'),
  addPersonHint: t('addPersonHint'),
  suggestions: t('suggestions'),
  removePerson: (name: string) => t('removePerson', { name }),
  save: t('save'),
  cancel: t('cancel'),
  saving: t('saving'),
  saveHint: (enter: string, ctrlEnter: string, escape: string) => t('saveHint', { enter, ctrlEnter, escape }),
  errorMinutes: (max: number) => t('errorMinutes', { max }),
  errorTooLong: (max: number) => t('errorTooLong', { max }),
  errorPeople: t('errorPeople'),
  errorPeopleMax: (max: number) => t('errorPeopleMax', { max }),
  errorWhen: t('errorWhen'),
  errorGone: t('errorGone'),
  sortLabel: t('sortLabel'),
  sortName: t('sortName'),
  sortLastContacted: t('sortLastContacted'),
  sortLastContactedShort: t('sortLastContactedShort'),
  foundIn: (subject: string) => (subject ? t('foundIn', { subject }) : t('foundInUntitled')),
}));
