import { useEffect } from 'react';
import type { CarnetClient } from '../transport/client.ts';
import { useSettings } from '../stores/settings-store.ts';
import { ClientContext } from './client-context.ts';
import { Sidebar } from './Sidebar.tsx';
import { PlaceView } from './PlaceView.tsx';
import { CountryQuestion } from './CountryQuestion.tsx';
import { appStrings } from './strings.ts';
import { Toasts } from '../components/Toasts.tsx';
import { HelpOverlay } from '../components/HelpOverlay.tsx';
import { useGlobalShortcuts } from './use-global-shortcuts.ts';
import { useChangeEvents } from './use-change-events.ts';
import { useDocumentLanguage } from './use-document-language.ts';
import { useDayStart } from './use-day-start.ts';
import { useReminders } from './use-reminders.ts';
import { ReminderBanner } from './ReminderBanner.tsx';
import { useLocale } from '../i18n/locale-store.ts';
import { QuickLogHost } from '../features/interactions/QuickLogHost.tsx';

/**
 * The whole window. Until the user has confirmed which country phone numbers without + belong to,
 * the first screen asks that (numbers typed meanwhile would be read with a guess); then the
 * sidebar, the current place, toasts and the help overlay.
 */
export function App({ client }: { client: CarnetClient }) {
  const status = useSettings((state) => state.status);
  const confirmed = useSettings((state) => state.settings?.countryConfirmed ?? null);
  useEffect(() => {
    void useSettings.getState().load(client);
  }, [client]);
  // If the settings cannot be read, the app still opens: each screen says what fails.
  const asking = status === 'ready' && confirmed === false;
  return (
    <ClientContext.Provider value={client}>
      {status === 'idle' || status === 'loading' ? (
        <p className="app-loading" role="status">
          {appStrings.loadingApp}
        </p>
      ) : asking ? (
        <CountryQuestion />
      ) : (
        <Shell client={client} />
      )}
      <Toasts />
    </ClientContext.Provider>
  );
}

function Shell({ client }: { client: CarnetClient }) {
  useGlobalShortcuts();
  useChangeEvents(client);
  useDocumentLanguage();
  useDayStart(client);
  useReminders(client);
  // Reading the language here re-renders the whole window when it changes: every string is
  // read again from the new catalogs, without a restart and without losing what is open.
  const language = useLocale((state) => state.language);
  return (
    <>
      <div className="app" lang={language}>
        <Sidebar />
        <main className="main">
          <ReminderBanner />
          <PlaceView />
        </main>
      </div>
      <HelpOverlay />
      <QuickLogHost />
    </>
  );
}
