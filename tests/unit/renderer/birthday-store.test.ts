import { beforeEach, describe, expect, it } from 'vitest';
import { useBirthdays } from '../../../renderer/stores/birthday-store.ts';
import type { Contact } from '../../../shared/contract/contacts.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { contact, fakeClient, summary } from './fake-client.ts';

function people(records: Contact[]) {
  const byId = new Map(records.map((r) => [r.id, r]));
  return fakeClient({
    'contacts.list': ({ offset = 0, limit = 100 }) => ({ total: records.length, items: records.slice(offset, offset + limit).map((r, i) => summary(i, { id: r.id })) }),
    'contacts.get': ({ id }) => {
      const found = byId.get(id);
      if (!found) throw new CarnetError('not_found', 'No such contact');
      return found;
    },
  });
}

beforeEach(() => useBirthdays.setState({ status: 'idle', entries: new Map(), scanned: 0, total: 0, error: null }));

describe('birthday store', () => {
  it('collects the birthdays of people, skipping those without one', async () => {
    const client = people([contact({ id: 'a', displayName: 'Ada', birthday: '--12-10' }), contact({ id: 'b', displayName: 'Ben' })]);
    await useBirthdays.getState().load(client);
    expect(useBirthdays.getState().status).toBe('ready');
    expect([...useBirthdays.getState().entries.values()]).toEqual([{ id: 'a', name: 'Ada', birthday: '--12-10' }]);
    expect(useBirthdays.getState().scanned).toBe(2);
  });

  it('follows changes: a new birthday appears, a deleted contact disappears', async () => {
    const records = [contact({ id: 'a', displayName: 'Ada', birthday: '--12-10' })];
    const client = people(records);
    await useBirthdays.getState().load(client);
    records.length = 0;
    records.push(contact({ id: 'c', displayName: 'Cy', birthday: '1990-01-05' }));
    const changed = people(records);
    await useBirthdays.getState().update(changed, ['a', 'c']);
    expect([...useBirthdays.getState().entries.keys()]).toEqual(['c']);
  });

  it('rescans on the next visit after a change too large to follow one by one', async () => {
    const client = people([contact({ id: 'a', birthday: '--01-01' })]);
    await useBirthdays.getState().load(client);
    const before = client.calls.length;
    await useBirthdays.getState().update(client, Array.from({ length: 500 }, (_, i) => `id-${i}`));
    expect(client.calls.length).toBe(before);
    expect(useBirthdays.getState().status).toBe('idle');
  });

  it('reports a failure to list as a message', async () => {
    const client = fakeClient({
      'contacts.list': () => {
        throw new CarnetError('io', 'Carnet is not running any more: restart it and reload this page.');
      },
    });
    await useBirthdays.getState().load(client);
    expect(useBirthdays.getState()).toMatchObject({ status: 'failed', error: 'Carnet is not running any more: restart it and reload this page.' });
  });
});
