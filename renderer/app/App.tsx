import type { CarnetClient } from '../transport/client.ts';
import { ClientContext } from './client-context.ts';
import { Sidebar } from './Sidebar.tsx';
import { PlaceView } from './PlaceView.tsx';
import { Toasts } from '../components/Toasts.tsx';
import { HelpOverlay } from '../components/HelpOverlay.tsx';
import { useGlobalShortcuts } from './use-global-shortcuts.ts';
import { useChangeEvents } from './use-change-events.ts';
import { useStoredLanguage } from './use-stored-language.ts';
import { useLocale } from '../i18n/locale-store.ts';

/** The whole window: sidebar, the current place, toasts and the help overlay. */
export function App({ client }: { client: CarnetClient }) {
  useGlobalShortcuts();
  useChangeEvents(client);
  useStoredLanguage(client);
  // Reading the language here re-renders the whole window when it changes: every string is
  // read again from the new catalogs, without a restart and without losing what is open.
  const language = useLocale((state) => state.language);
  return (
    <ClientContext.Provider value={client}>
      <div className="app" lang={language}>
        <Sidebar />
        <main className="main">
          <PlaceView />
        </main>
      </div>
      <Toasts />
      <HelpOverlay />
    </ClientContext.Provider>
  );
}
