// @vitest-environment jsdom
import { localToday } from '../../../renderer/stores/today-store.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../renderer/app/App.tsx';
import { appStrings } from '../../../renderer/app/strings.ts';
import { useNavigation } from '../../../renderer/stores/navigation-store.ts';
import { useSettings } from '../../../renderer/stores/settings-store.ts';
import type { Settings } from '../../../shared/contract/app.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { fakeClient } from './fake-client.ts';

const q = appStrings.countryQuestion;
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => {
  useSettings.setState({ settings: null, status: 'idle', error: null });
  useNavigation.setState({ place: 'settings' });
});
afterEach(cleanup);

/** A core whose settings start as given; settings.update behaves like the real one (or fails). */
function core(initial: Settings, options: { failUpdate?: boolean } = {}) {
  let settings = initial;
  return fakeClient({
    'settings.get': () => settings,
    'settings.update': (patch) => {
      if (options.failUpdate) throw new CarnetError('io', 'The data folder cannot be written; nothing was saved.');
      settings = { ...settings, ...patch, countryConfirmed: patch.countryConfirmed ?? true };
      return { ...settings, phonesReread: 0 };
    },
    'app.info': () => ({ version: '0.1.0', dataDir: '/data', databasePath: '/data/carnet.sqlite', schemaVersion: 4, contactCount: 0 }),
  });
}

describe('the first-start question', () => {
  it('asks for the phone country before anything else, prefilled, and opens the app once it is chosen', async () => {
    const client = core({ defaultCountry: 'US', countryConfirmed: false, language: 'system' as const, notificationTime: '09:00', lastOpenedDay: localToday() });
    render(<App client={client} />);
    await settle();
    expect(screen.getByRole('heading', { name: q.title })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull(); // no sidebar behind the question
    const country = screen.getByLabelText(q.label) as HTMLSelectElement;
    expect(country.value).toBe('US'); // the guess from the system's language
    expect(document.activeElement).toBe(country);
    expect(country.querySelector('option[value="FR"]')?.textContent).toBe('France (FR)');

    fireEvent.change(country, { target: { value: 'FR' } });
    fireEvent.click(screen.getByRole('button', { name: q.confirm }));
    await settle();
    expect(client.callsTo('settings.update')).toEqual([{ defaultCountry: 'FR', countryConfirmed: true }]);
    expect(screen.queryByRole('heading', { name: q.title })).toBeNull();
    expect(screen.getByRole('navigation')).toBeTruthy();
    // Settings shows the same country through the same menu.
    expect((screen.getByLabelText('Default phone country') as HTMLSelectElement).value).toBe('FR');
  });

  it('confirms the suggested country as it is with Enter', async () => {
    const client = core({ defaultCountry: 'DE', countryConfirmed: false, language: 'system' as const, notificationTime: '09:00', lastOpenedDay: localToday() });
    render(<App client={client} />);
    await settle();
    fireEvent.submit(screen.getByLabelText(q.label).closest('form')!);
    await settle();
    expect(client.callsTo('settings.update')).toEqual([{ defaultCountry: 'DE', countryConfirmed: true }]);
  });

  it('does not ask once the country is confirmed', async () => {
    const client = core({ defaultCountry: 'FR', countryConfirmed: true, language: 'system' as const, notificationTime: '09:00', lastOpenedDay: localToday() });
    render(<App client={client} />);
    await settle();
    expect(screen.queryByRole('heading', { name: q.title })).toBeNull();
    expect(screen.getByRole('navigation')).toBeTruthy();
  });

  it('keeps asking, with the reason next to the menu, when the choice cannot be saved', async () => {
    const client = core({ defaultCountry: 'US', countryConfirmed: false, language: 'system' as const, notificationTime: '09:00', lastOpenedDay: localToday() }, { failUpdate: true });
    render(<App client={client} />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: q.confirm }));
    await settle();
    expect(screen.getByRole('alert').textContent).toMatch(/nothing was saved/);
    expect(screen.getByRole('heading', { name: q.title })).toBeTruthy();
    expect((screen.getByRole('button', { name: q.confirm }) as HTMLButtonElement).disabled).toBe(false);
  });
});
