import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/contract/index.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { userLocale } from '../../app/locale.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { useSettings } from '../../stores/settings-store.ts';
import { ShortcutTable } from '../../components/HelpOverlay.tsx';
import { CountrySelect } from '../../components/CountrySelect.tsx';
import { appStrings } from '../../app/strings.ts';
import { LanguageCard } from './LanguageCard.tsx';
import { RemindersCard } from './RemindersCard.tsx';
import { ShopCurrencyCard } from '../purchases/ShopCurrencyCard.tsx';
import { settingsStrings as s } from './strings.ts';

type AppInfo = MethodOutput<'app.info'>;

/** Settings: the default phone country, where the data lives, and the keyboard shortcuts. */
export function SettingsScreen() {
  const client = useClient();
  const locale = userLocale();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const stored = useSettings((state) => state.settings?.defaultCountry ?? null);
  // What the menu shows while a change is being saved; the stored value otherwise.
  const [choosing, setChoosing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    client
      .call('app.info', {})
      .then(setInfo)
      .catch((failure: unknown) => setError(errorMessage(failure)));
    if (useSettings.getState().settings === null) void useSettings.getState().load(client);
  }, [client]);

  async function changeCountry(code: string) {
    setChoosing(code);
    setError(null);
    try {
      const saved = await useSettings.getState().update(client, { defaultCountry: code });
      useToasts.getState().show(saved.phonesReread > 0 ? `${s.saved}. ${appStrings.phonesReread(saved.phonesReread)}` : s.saved);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setChoosing(null);
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
        <CountrySelect
          id="default-country"
          label={s.defaultCountry}
          value={choosing ?? stored}
          locale={locale}
          hint={s.defaultCountryHint}
          error={error}
          onChange={(code) => void changeCountry(code)}
        />
      </section>
      <RemindersCard />
      <ShopCurrencyCard />
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
