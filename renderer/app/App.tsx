import type { CarnetClient } from '../transport/client.ts';
import { ClientContext } from './client-context.ts';
import { Sidebar } from './Sidebar.tsx';
import { PlaceView } from './PlaceView.tsx';
import { Toasts } from '../components/Toasts.tsx';
import { HelpOverlay } from '../components/HelpOverlay.tsx';
import { useGlobalShortcuts } from './use-global-shortcuts.ts';
import { useChangeEvents } from './use-change-events.ts';

/** The whole window: sidebar, the current place, toasts and the help overlay. */
export function App({ client }: { client: CarnetClient }) {
  useGlobalShortcuts();
  useChangeEvents(client);
  return (
    <ClientContext.Provider value={client}>
      <div className="app">
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
