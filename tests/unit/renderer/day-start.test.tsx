// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useDayStart } from '../../../renderer/app/use-day-start.ts';
import { useNavigation } from '../../../renderer/stores/navigation-store.ts';
import { useSettings } from '../../../renderer/stores/settings-store.ts';
import { localToday } from '../../../renderer/stores/today-store.ts';
import { addDays } from '../../../shared/domain/local-date.ts';
import type { Settings } from '../../../shared/contract/app.ts';
import type { CarnetClient } from '../../../renderer/transport/client.ts';
import { fakeClient } from './fake-client.ts';

afterEach(cleanup);

async function startWith(lastOpenedDay: string | null) {
  const settings: Settings = { defaultCountry: 'FR', countryConfirmed: true, language: 'en', notificationTime: '09:00', lastOpenedDay };
  useSettings.setState({ settings, status: 'ready', error: null });
  useNavigation.setState({ place: 'contacts' });
  const client = fakeClient({
    'today.get': () => { throw new Error('not needed here'); },
    'settings.update': (patch) => ({ ...settings, ...patch, phonesReread: 0 }) as never,
  });
  function Probe({ client: c }: { client: CarnetClient }) {
    useDayStart(c);
    return null;
  }
  render(<Probe client={client} />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return client;
}

describe('the first start of a day', () => {
  it('opens Today and remembers the day', async () => {
    const client = await startWith(addDays(localToday(), -1));
    expect(useNavigation.getState().place).toBe('today');
    expect(client.callsTo('settings.update')).toEqual([{ lastOpenedDay: localToday() }]);
  });

  it('on a database that never recorded a day, too', async () => {
    await startWith(null);
    expect(useNavigation.getState().place).toBe('today');
  });

  it('any later start that day opens where the user left off', async () => {
    const client = await startWith(localToday());
    expect(useNavigation.getState().place).toBe('contacts');
    expect(client.callsTo('settings.update')).toEqual([]);
  });
});
