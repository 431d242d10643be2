import { create } from 'zustand';
import type { MethodOutput } from '../../shared/contract/index.ts';
import type { Settings } from '../../shared/contract/app.ts';
import type { CarnetClient } from '../transport/client.ts';
import { errorMessage } from '../app/error-message.ts';
import { useLocale } from '../i18n/locale-store.ts';

type SettingsUpdate = MethodOutput<'settings.update'>;

interface SettingsState {
  /** The settings as the core last gave them; null until loaded. */
  settings: Settings | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: string | null;
  load(client: CarnetClient): Promise<void>;
  /** Saves a change; rejects with the core's error (the caller shows it next to its control). */
  update(client: CarnetClient, patch: Partial<Settings>): Promise<SettingsUpdate>;
}

/**
 * The app's settings, loaded once at start: the first-start question, Settings, the contact
 * editor (how phone numbers are read) and the import wizard all read the same default country.
 */
export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  status: 'idle',
  error: null,

  async load(client) {
    set({ status: 'loading', error: null });
    try {
      const settings = await client.call('settings.get', {});
      useLocale.getState().choose(settings.language);
      set({ settings, status: 'ready' });
    } catch (error) {
      set({ status: 'failed', error: errorMessage(error) });
    }
  },

  async update(client, patch) {
    const saved = await client.call('settings.update', patch);
    const { phonesReread: _phonesReread, ...settings } = saved;
    set({ settings, status: 'ready', error: null });
    useLocale.getState().choose(saved.language);
    return saved;
  },
}));

/** The default phone country, or null while the settings are not loaded. */
export function useDefaultCountry(): string | null {
  return useSettings((state) => state.settings?.defaultCountry ?? null);
}
