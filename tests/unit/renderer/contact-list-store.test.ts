import { describe, expect, it } from 'vitest';
import { createContactListStore, PAGE_SIZE, rowAt } from '../../../renderer/stores/contact-list-store.ts';
import type { MethodInput, MethodOutput } from '../../../shared/contract/index.ts';
import { deferred, fakeClient, summary } from './fake-client.ts';

type ListAnswer = MethodOutput<'contacts.list'>;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A fake address book of `total` people; every list call is recorded with its arguments. */
function book(total: number) {
  return fakeClient({
    'contacts.list': (input) => {
      const offset = input.offset ?? 0;
      const limit = input.limit ?? 100;
      const count = Math.max(0, Math.min(limit, total - offset));
      return { total, people: total, companies: 0, items: Array.from({ length: count }, (_, i) => summary(offset + i)) };
    },
  });
}

describe('contact list store', () => {
  it('fetches only the pages in view, once each, and sizes the list from total', async () => {
    const client = book(100_000);
    const store = createContactListStore('person');
    store.getState().ensureRange(client, 0, 30);
    store.getState().ensureRange(client, 0, 30); // asked again before the answer: no second request
    await flush();
    expect(store.getState().total).toBe(100_000);
    expect(client.callsTo('contacts.list')).toEqual([{ search: '', kind: 'person', sort: 'name', offset: 0, limit: PAGE_SIZE }]);
    expect(createContactListStore('person', null).getState().kind).toBe('person');

    store.getState().ensureRange(client, 50_000, 50_040);
    await flush();
    expect((client.callsTo('contacts.list') as MethodInput<'contacts.list'>[]).map((c) => c.offset)).toEqual([0, 50_000]);
    expect(rowAt(store.getState(), 50_010)?.displayName).toBe('Person 50010');
    expect(rowAt(store.getState(), 20_000)).toBeUndefined();
  });

  it('ignores an answer that arrives after a newer search started', async () => {
    const slow = deferred<ListAnswer>();
    const answers: Record<string, Promise<ListAnswer> | ListAnswer> = {
      fr: slow.promise,
      fra: { total: 1, people: 1, companies: 0, items: [summary(1, { displayName: 'François' })] },
    };
    const client = fakeClient({ 'contacts.list': (input) => answers[input.search ?? '']! });
    const store = createContactListStore('person');

    store.getState().applyQuery('fr');
    store.getState().ensureRange(client, 0, 10);
    store.getState().applyQuery('fra');
    store.getState().ensureRange(client, 0, 10);
    await flush();
    slow.resolve({ total: 2, people: 2, companies: 0, items: [summary(7, { displayName: 'Fred' }), summary(8)] });
    await flush();

    expect(store.getState().query).toBe('fra');
    expect(store.getState().total).toBe(1);
    expect(rowAt(store.getState(), 0)?.displayName).toBe('François');
  });

  it('keeps showing rows during a refresh, then replaces them and drops pages past the new end', async () => {
    let total = 250;
    const client = fakeClient({
      'contacts.list': (input) => {
        const offset = input.offset ?? 0;
        const count = Math.max(0, Math.min(input.limit ?? 100, total - offset));
        return { total, people: total, companies: 0, items: Array.from({ length: count }, (_, i) => summary(offset + i, { displayName: `v${total} ${offset + i}` })) };
      },
    });
    const store = createContactListStore('person');
    store.getState().ensureRange(client, 0, 249);
    await flush();
    expect(store.getState().pages.size).toBe(3);

    total = 150;
    store.getState().refresh();
    expect(rowAt(store.getState(), 0)?.displayName).toBe('v250 0'); // old row still drawn meanwhile
    store.getState().ensureRange(client, 0, 99);
    await flush();
    expect(rowAt(store.getState(), 0)?.displayName).toBe('v150 0');
    expect(store.getState().total).toBe(150);
    expect([...store.getState().pages.keys()].sort()).toEqual([0, 1]);
  });

  it('keeps the keyboard position inside the list', async () => {
    const client = book(3);
    const store = createContactListStore('person');
    store.getState().ensureRange(client, 0, 2);
    await flush();
    store.getState().setActiveIndex(10);
    expect(store.getState().activeIndex).toBe(2);
    store.getState().setActiveIndex(-4);
    expect(store.getState().activeIndex).toBe(0);
  });

  it('asks for everyone when the list has no kind filter', async () => {
    const client = book(5);
    const store = createContactListStore('person', null);
    store.getState().ensureRange(client, 0, 4);
    await flush();
    expect(client.callsTo('contacts.list')).toEqual([{ search: '', kind: null, sort: 'name', offset: 0, limit: PAGE_SIZE }]);
  });

  it('turns a failed request into a message instead of an endless spinner', async () => {
    const client = fakeClient({
      'contacts.list': () => {
        throw new Error('disk on fire');
      },
    });
    const store = createContactListStore('company');
    store.getState().ensureRange(client, 0, 10);
    await flush();
    expect(store.getState().error).toMatch(/disk on fire/);
    expect(store.getState().total).toBe(0);
  });
});
