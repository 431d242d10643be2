import { useState } from 'react';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { LANGUAGE_NAMES, LANGUAGES, type LanguageChoice } from '../../i18n/languages.ts';
import { systemLanguage, useLocale } from '../../i18n/locale-store.ts';
import { useSettings } from '../../stores/settings-store.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { settingsStrings as s } from './strings.ts';

/** The interface language: applies at once, and is kept in the database with the other settings. */
export function LanguageCard() {
  const client = useClient();
  const choice = useLocale((state) => state.choice);
  const [error, setError] = useState<string | null>(null);

  async function change(next: LanguageChoice) {
    const previous = useLocale.getState().choice;
    setError(null);
    useLocale.getState().choose(next);
    try {
      await useSettings.getState().update(client, { language: next });
      useToasts.getState().show(s.saved);
    } catch (failure) {
      useLocale.getState().choose(previous);
      setError(errorMessage(failure));
    }
  }

  return (
    <section className="card" aria-labelledby="settings-language">
      <h2 id="settings-language">{s.languageTitle}</h2>
      <div className="field">
        <label htmlFor="interface-language" className="field-label">
          {s.language}
        </label>
        <select id="interface-language" className="select" value={choice} aria-describedby="interface-language-hint" onChange={(event) => void change(event.target.value as LanguageChoice)}>
          <option value="system">{s.languageSystem(LANGUAGE_NAMES[systemLanguage()])}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
        <p id="interface-language-hint" className="field-hint">
          {s.languageHint}
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
