import { useEffect } from 'react';
import { PLACES, useNavigation } from '../stores/navigation-store.ts';
import { useHelp } from '../stores/help-store.ts';
import { useSearchFocus } from '../stores/search-focus-store.ts';
import { contactPanelStores } from '../stores/contact-panel-store.ts';
import { useToasts } from '../stores/toast-store.ts';
import { hasModifier, isTyping, shortcutLetter } from './shortcuts.ts';

/**
 * Shortcuts that work anywhere in the app: search, new contact, help, Alt+digit for places.
 * Screen-specific keys (arrows, Enter, Escape, Ctrl+S) live with the component they act on.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || useHelp.getState().open) return;
      const typing = isTyping(event.target);
      const key = shortcutLetter(event);
      const { place, go } = useNavigation.getState();
      const listPlace = place === 'companies' ? 'companies' : 'contacts';

      if ((hasModifier(event) && key === 'f') || (!typing && event.key === '/')) {
        event.preventDefault();
        if (place !== listPlace) go(listPlace);
        useSearchFocus.getState().requestFocus();
      } else if ((hasModifier(event) && key === 'n') || (!typing && !hasModifier(event) && !event.altKey && key === 'n')) {
        // Browsers keep Ctrl+N for a new window; plain N works there too.
        event.preventDefault();
        if (place !== listPlace) go(listPlace);
        contactPanelStores[listPlace === 'companies' ? 'company' : 'person'].getState().startNew();
      } else if (hasModifier(event) && !event.shiftKey && key === 'z' && !typing) {
        // Undo the last action that offered it (a delete), while its toast is still showing.
        const toast = [...useToasts.getState().toasts].reverse().find((candidate) => candidate.action);
        if (!toast?.action) return;
        event.preventDefault();
        useToasts.getState().dismiss(toast.id);
        void toast.action.run();
      } else if (event.key === 'F1' || (!typing && event.key === '?')) {
        event.preventDefault();
        useHelp.getState().setOpen(true);
      } else if (event.altKey && !event.ctrlKey && !event.metaKey && /^Digit[1-8]$/.test(event.code)) {
        event.preventDefault();
        go(PLACES[Number(event.code.slice(5)) - 1]!);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
