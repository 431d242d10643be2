import { create } from 'zustand';
import { useLeaveGuards } from './leave-guard-store.ts';

export const PLACES = ['today', 'contacts', 'companies', 'import', 'backup', 'settings', 'trash', 'reports'] as const;
export type Place = (typeof PLACES)[number];

const STORAGE_KEY = 'carnet.place';

function isPlace(value: unknown): value is Place {
  return typeof value === 'string' && (PLACES as readonly string[]).includes(value);
}

/** The place last visited, so the app opens where the user left it. Storage may be unavailable. */
function readSavedPlace(): Place {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isPlace(saved) ? saved : 'contacts';
  } catch {
    return 'contacts';
  }
}

interface NavigationState {
  place: Place;
  go(place: Place): void;
}

/** Which screen the sidebar has open. One job: the current place, remembered across launches. */
export const useNavigation = create<NavigationState>((set, get) => ({
  place: readSavedPlace(),
  go(place) {
    if (place !== get().place && !useLeaveGuards.getState().confirmLeave()) return;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, place);
    } catch {
      // Private mode or a full disk: the app still works, it just will not remember the place.
    }
    set({ place });
  },
}));
