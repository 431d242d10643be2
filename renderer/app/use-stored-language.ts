import { useEffect } from 'react';
import { useLocale } from '../i18n/locale-store.ts';
import type { CarnetClient } from '../transport/client.ts';

/**
 * Applies the language stored in the database's settings at start (the web host's origin changes
 * with its port, so browser storage would forget it), and keeps the document's `lang` in step so
 * screen readers and hyphenation follow.
 */
export function useStoredLanguage(client: CarnetClient): void {
  const language = useLocale((state) => state.language);
  useEffect(() => {
    let live = true;
    client
      .call('settings.get', {})
      .then((settings) => live && useLocale.getState().choose(settings.language))
      .catch(() => undefined); // The system language stays; the settings screen reports errors.
    return () => {
      live = false;
    };
  }, [client]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
