import { useEffect } from 'react';
import { useLocale } from '../i18n/locale-store.ts';

/** Keeps the document's `lang` on the interface language, so screen readers and hyphenation follow it. */
export function useDocumentLanguage(): void {
  const language = useLocale((state) => state.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
