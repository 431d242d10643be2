import { useEffect } from 'react';
import type { CarnetClient } from '../transport/client.ts';
import { useNavigation } from '../stores/navigation-store.ts';
import { useSettings } from '../stores/settings-store.ts';
import { localToday, useToday } from '../stores/today-store.ts';

/**
 * At start: loads Today (the sidebar shows its count), and on the first start of a new day opens
 * Today; any other start stays where the user left off (navigation-store.ts). The day is kept in
 * the settings, in the database, so it holds across windows, browsers and restarts.
 */
export function useDayStart(client: CarnetClient): void {
  useEffect(() => {
    void useToday.getState().load(client);
    const settings = useSettings.getState().settings;
    const today = localToday();
    if (!settings || settings.lastOpenedDay === today) return;
    useNavigation.getState().go('today'); // remembered as the place left, like any other visit
    useSettings
      .getState()
      .update(client, { lastOpenedDay: today })
      .catch(() => undefined); // Not remembered: Today opens again next start, nothing is lost.
  }, [client]);
}
