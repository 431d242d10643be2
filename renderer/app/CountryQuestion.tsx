import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient } from './client-context.ts';
import { errorMessage } from './error-message.ts';
import { userLocale } from './locale.ts';
import { appStrings } from './strings.ts';
import { CountrySelect } from '../components/CountrySelect.tsx';
import { useSettings } from '../stores/settings-store.ts';
import { useToasts } from '../stores/toast-store.ts';

/**
 * The first screen until the default phone country is confirmed: the country Carnet guessed from
 * the system's language, preselected, and one button. Choosing confirms it (and, on a database
 * that already has contacts, reads again the numbers a wrong guess had misread).
 */
export function CountryQuestion() {
  const client = useClient();
  const locale = userLocale();
  const suggested = useSettings((state) => state.settings?.defaultCountry ?? null);
  const [country, setCountry] = useState<string | null>(suggested);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const s = appStrings.countryQuestion;

  useEffect(() => {
    formRef.current?.querySelector('select')?.focus();
  }, []);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (!country || saving) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await useSettings.getState().update(client, { defaultCountry: country, countryConfirmed: true });
      if (saved.phonesReread > 0) useToasts.getState().show(appStrings.phonesReread(saved.phonesReread));
    } catch (failure) {
      setError(errorMessage(failure));
      setSaving(false);
    }
  }

  return (
    <main className="first-start">
      <form ref={formRef} className="first-start-card card" aria-labelledby="country-question-title" onSubmit={(event) => void confirm(event)}>
        <h1 id="country-question-title">{s.title}</h1>
        <p>{s.body}</p>
        <CountrySelect id="first-start-country" label={s.label} value={country} locale={locale} onChange={setCountry} hint={s.suggested} error={error} disabled={saving} />
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={!country || saving}>
            {saving ? s.saving : s.confirm}
          </button>
        </div>
      </form>
    </main>
  );
}
