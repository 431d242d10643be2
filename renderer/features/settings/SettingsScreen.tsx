import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/contract/index.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { userLocale } from '../../app/locale.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { ShortcutTable } from '../../components/HelpOverlay.tsx';
import { countryOptions } from './country-codes.ts';
import { LanguageCard } from './LanguageCard.tsx';
import { settingsStrings as s } from './strings.ts';

type AppInfo = MethodOutput<'app.info'>;

/** Settings: the default phone country, where the data lives, and the keyboard shortcuts. */
export function SettingsScreen() {
  const client = useClient();
  const locale = userLocale();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [country, setCountry] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([client.call('app.info', {}), client.call('settings.get', {})])
      .then(([appInfo, settings]) => {
        setInfo(appInfo);
        setCountry(settings.defaultCountry);
      })
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [client]);

  async function changeCountry(code: string) {
    const previous = country;
    setCountry(code);
    setError(null);
    try {
      const saved = await client.call('settings.update', { defaultCountry: code });
      setCountry(saved.defaultCountry);
      useToasts.getState().show(s.saved);
    } catch (failure) {
      setCountry(previous);
      setError(errorMessage(failure));
    }
  }

  const number = new Intl.NumberFormat(locale);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{s.title}</h1>
      </header>
      <LanguageCard />
      <section className="card" aria-labelledby="settings-phone">
        <h2 id="settings-phone">{s.phoneTitle}</h2>
        <div className="field">
          <label htmlFor="default-country" className="field-label">
            {s.defaultCountry}
          </label>
          <select
            id="default-country"
            className="select"
            value={country ?? ''}
            disabled={country === null}
            aria-describedby="default-country-hint"
            onChange={(event) => void changeCountry(event.target.value)}
          >
            {country === null && <option value="">{s.loading}</option>}
            {countryOptions(locale).map(([code, name]) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </select>
          <p id="default-country-hint" className="field-hint">
            {s.defaultCountryHint}
          </p>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      </section>
      <section className="card" aria-labelledby="settings-data">
        <h2 id="settings-data">{s.dataTitle}</h2>
        {info ? (
          <dl className="facts">
            <div className="fact">
              <dt>{s.dataFolder}</dt>
              <dd className="path">{info.dataDir}</dd>
            </div>
            <div className="fact">
              <dt>{s.databaseFile}</dt>
              <dd className="path">{info.databasePath}</dd>
            </div>
            <div className="fact">
              <dt>{s.contacts}</dt>
              <dd>{number.format(info.contactCount)}</dd>
            </div>
            <div className="fact">
              <dt>{s.version}</dt>
              <dd>
                {info.version} · {s.schema} {info.schemaVersion}
              </dd>
            </div>
          </dl>
        ) : (
          <p className="muted">{s.loading}</p>
        )}
      </section>
      <section className="card" aria-labelledby="settings-shortcuts">
        <h2 id="settings-shortcuts">{s.shortcutsTitle}</h2>
        <ShortcutTable />
      </section>
      <section className="card" aria-labelledby="settings-theme">
        <h2 id="settings-theme">{s.themeTitle}</h2>
        <p>{s.themeBody}</p>
      </section>
    </div>
  );
}
