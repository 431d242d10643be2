import { beforeEach, describe, expect, it } from 'vitest';
import { monthDayOf, useBirthdays } from '../../../renderer/stores/birthday-store.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { fakeClient } from './fake-client.ts';

beforeEach(() => useBirthdays.setState({ status: 'idle', entries: [], error: null }));

describe('birthday store', () => {
  it('asks the core for the window starting at the user’s local today', async () => {
    const client = fakeClient({ 'contacts.birthdays': () => [{ id: 'a', displayName: 'Ada', birthday: '--12-10' }] });
    await useBirthdays.getState().load(client, new Date(2026, 11, 5, 23, 30));
    expect(client.callsTo('contacts.birthdays')).toEqual([{ from: '12-05', days: 14 }]);
    expect(useBirthdays.getState()).toMatchObject({ status: 'ready', entries: [{ id: 'a', name: 'Ada', birthday: '--12-10' }] });
  });

  it('refreshes only once it has been shown', async () => {
    const client = fakeClient({ 'contacts.birthdays': () => [] });
    await useBirthdays.getState().refresh(client);
    expect(client.calls).toHaveLength(0);
    await useBirthdays.getState().load(client);
    await useBirthdays.getState().refresh(client);
    expect(client.callsTo('contacts.birthdays')).toHaveLength(2);
  });

  it('keeps the newest answer when an older one arrives late', async () => {
    let release: (value: { id: string; displayName: string; birthday: string }[]) => void = () => undefined;
    const slow = new Promise<{ id: string; displayName: string; birthday: string }[]>((resolve) => (release = resolve));
    let first = true;
    const client = fakeClient({
      'contacts.birthdays': () => {
        if (first) {
          first = false;
          return slow;
        }
        return [{ id: 'new', displayName: 'New', birthday: '--01-01' }];
      },
    });
    const older = useBirthdays.getState().load(client);
    await useBirthdays.getState().load(client);
    release([{ id: 'old', displayName: 'Old', birthday: '--01-01' }]);
    await older;
    expect(useBirthdays.getState().entries.map((e) => e.id)).toEqual(['new']);
  });

  it('says what went wrong', async () => {
    const client = fakeClient({ 'contacts.birthdays': () => { throw new CarnetError('io', 'Carnet is not running any more: restart it and reload this page.'); } });
    await useBirthdays.getState().load(client);
    expect(useBirthdays.getState()).toMatchObject({ status: 'failed', error: 'Carnet is not running any more: restart it and reload this page.' });
  });

  it('formats the local month-day', () => {
    expect(monthDayOf(new Date(2026, 0, 9))).toBe('01-09');
  });
});
