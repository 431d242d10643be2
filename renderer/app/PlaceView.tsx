import { useEffect } from 'react';
import { useNavigation } from '../stores/navigation-store.ts';
import { appStrings } from './strings.ts';
import { ContactsScreen } from '../features/contacts/ContactsScreen.tsx';
import { TodayScreen } from '../features/today/TodayScreen.tsx';
import { SettingsScreen } from '../features/settings/SettingsScreen.tsx';
import { ImportScreen } from '../features/import/ImportScreen.tsx';
import { BackupScreen } from '../features/backup/BackupScreen.tsx';
import { TrashScreen } from '../features/trash/TrashScreen.tsx';
import { ReportsScreen } from '../features/reports/ReportsScreen.tsx';

/** The screen for the place chosen in the sidebar. */
export function PlaceView() {
  const place = useNavigation((state) => state.place);
  useEffect(() => {
    document.title = `${appStrings.places[place]} – ${appStrings.appName}`;
  }, [place]);
  switch (place) {
    case 'today':
      return <TodayScreen />;
    case 'contacts':
      return <ContactsScreen kind="person" key="person" />;
    case 'companies':
      return <ContactsScreen kind="company" key="company" />;
    case 'import':
      return <ImportScreen />;
    case 'backup':
      return <BackupScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'trash':
      return <TrashScreen />;
    case 'reports':
      return <ReportsScreen />;
  }
}
