import { useNavigation } from '../stores/navigation-store.ts';
import { ContactsScreen } from '../features/contacts/ContactsScreen.tsx';
import { TodayScreen } from '../features/today/TodayScreen.tsx';
import { SettingsScreen } from '../features/settings/SettingsScreen.tsx';
import { ImportScreen } from '../features/import/ImportScreen.tsx';
import { BackupScreen } from '../features/backup/BackupScreen.tsx';

/** The screen for the place chosen in the sidebar. */
export function PlaceView() {
  const place = useNavigation((state) => state.place);
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
  }
}
