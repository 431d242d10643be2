import { localized, translator } from '../../i18n/translate.ts';
import { todayCatalogs } from './messages/index.ts';

const t = translator(todayCatalogs);

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
}));
