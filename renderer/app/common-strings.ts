import { localized, translator } from '../i18n/translate.ts';
import { commonCatalogs } from './common-messages/index.ts';

const t = translator(commonCatalogs);

/**
 * Strings used across the app in the current language: the shortcut list's actions and key
 * names, error sentences, connection failures (texts in `common-messages/<language>.ts`).
 */
export const commonStrings = localized(() => ({
  shortcuts: {
    search: t('shortcut.search'),
    newContact: t('shortcut.newContact'),
    moveInList: t('shortcut.moveInList'),
    firstOrLast: t('shortcut.firstOrLast'),
    open: t('shortcut.open'),
    edit: t('shortcut.edit'),
    save: t('shortcut.save'),
    escape: t('shortcut.escape'),
    logInteraction: t('shortcut.logInteraction'),
    recordPurchase: t('shortcut.recordPurchase'),
    delete: t('shortcut.delete'),
    undo: t('shortcut.undo'),
    checkTask: t('shortcut.checkTask'),
    snoozeTask: t('shortcut.snoozeTask'),
    /** "Go to Today, Contacts, … or Settings": the places as the sidebar names them. */
    places: (places: string) => t('shortcut.places', { places }),
    help: t('shortcut.help'),
  },
  keys: {
    home: t('key.home'),
    end: t('key.end'),
    enter: t('key.enter'),
    space: t('key.space'),
    escape: t('key.escape'),
    delete: t('key.delete'),
    ctrl: t('key.ctrl'),
  },
  errorWithDetail: (detail: string) => t('error.withDetail', { detail }),
  errorUnknown: t('error.unknown'),
  connection: {
    needsToken: t('connection.needsToken'),
    stopped: t('connection.stopped'),
    unexpectedHttp: (status: number) => t('connection.unexpectedHttp', { status: String(status) }),
    unexpectedIpc: t('connection.unexpectedIpc'),
  },
}));
