// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { Timeline } from '../../../renderer/features/interactions/Timeline.tsx';
import { QuickLogHost } from '../../../renderer/features/interactions/QuickLogHost.tsx';
import { Toasts } from '../../../renderer/components/Toasts.tsx';
import { useQuickLog } from '../../../renderer/stores/quick-log-store.ts';
import { useToasts } from '../../../renderer/stores/toast-store.ts';
import type { Interaction, TimelineEntry } from '../../../shared/contract/interactions.ts';
import { contact, fakeClient, type FakeClient } from './fake-client.ts';

beforeEach(() => {
  useQuickLog.setState({ request: null });
  useToasts.setState({ toasts: [] });
});
afterEach(cleanup);

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 150)));
const ada = contact({ id: 'ada', displayName: 'Ada Lovelace', firstName: 'Ada', lastName: 'Lovelace', lastContactedAt: null });

function interaction(id: string, overrides: Partial<Interaction> = {}): Interaction {
  return {
    id, type: 'call', direction: 'out', occurredAt: '2026-03-05T14:30:00.000Z', minutes: 20, subject: `Subject ${id}`, body: 'First line\nsecond line',
    contacts: [{ id: 'ada', displayName: 'Ada Lovelace', kind: 'person' }, { id: 'bob', displayName: 'Bob Stone', kind: 'person' }],
    createdAt: '2026-03-05T14:30:00.000Z', updatedAt: '2026-03-05T14:30:00.000Z', ...overrides,
  };
}

function core(entries: TimelineEntry[], next: string | null = null): FakeClient {
  return fakeClient({
    'timeline.page': ({ cursor }) => (cursor ? { entries: [{ source: 'interaction', at: '2026-01-01T00:00:00.000Z', interaction: interaction('old') }], next: null } : { entries, next }),
    'contacts.get': () => ada,
    'contacts.list': ({ search }) => ({ total: 1, people: 1, companies: 0, items: search ? [{ id: 'chloe', kind: 'person', displayName: 'Chloé Dubois', company: 'Atelier', title: '', primaryEmail: null, primaryPhone: null, hasPhoto: false, tags: [], lastContactedAt: null, matchedInteraction: null }] : [] }),
    'interactions.log': (input) => interaction('new', { type: input.type, subject: input.subject ?? '' }),
    'interactions.delete': ({ id }) => ({ id, contactIds: ['ada'] }),
    'interactions.restore': ({ id }) => interaction(id),
    'interactions.update': ({ id }) => interaction(id),
  });
}

function renderTimeline(client: FakeClient, focusInteractionId: string | null = null) {
  render(
    <ClientContext.Provider value={client}>
      <Timeline contact={ada} focusInteractionId={focusInteractionId} />
      <QuickLogHost />
      <Toasts />
    </ClientContext.Provider>,
  );
}

describe('the timeline', () => {
  it('says what to do when nothing is logged, and that the contact was never contacted', async () => {
    renderTimeline(core([]));
    await settle();
    expect(screen.getByText('Nothing logged yet')).toBeTruthy();
    expect(screen.getByText('Never contacted')).toBeTruthy();
  });

  it('shows entries newest first with their facts, loads older ones, and filters by kind', async () => {
    const client = core(
      [
        { source: 'interaction', at: '2026-03-05T14:30:00.000Z', interaction: interaction('a') },
        { source: 'task', at: '2026-03-04T09:00:00.000Z', task: { id: 't', title: 'Send the quote', notes: '', dueDate: null, dueTime: null, doneAt: '2026-03-04T09:00:00.000Z', contactId: 'ada' } },
      ],
      'cursor-1',
    );
    renderTimeline(client);
    await settle();
    const list = screen.getByRole('list', { name: 'Timeline' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([expect.stringContaining('Subject a'), expect.stringContaining('Send the quote')]);
    expect(items[0]!.textContent).toContain('20 minutes');
    expect(items[0]!.textContent).toContain('Outgoing');
    expect(items[0]!.textContent).toContain('With Bob Stone');
    expect(items[0]!.textContent).not.toContain('With Ada');
    fireEvent.click(screen.getByRole('button', { name: 'Show older' }));
    await settle();
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(client.callsTo('timeline.page')[1]).toMatchObject({ contactId: 'ada', cursor: 'cursor-1' });

    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'meeting' } });
    await settle();
    expect(client.callsTo('timeline.page').at(-1)).toMatchObject({ cursor: null, kinds: ['meeting'] });
  });

  it('shows a purchase with its total in its currency, what was bought, the reference and an unpaid mark, and filters to purchases', async () => {
    const purchase = (id: string, overrides: Partial<Extract<TimelineEntry, { source: 'purchase' }>['purchase']> = {}): TimelineEntry => ({
      source: 'purchase', at: '2026-03-06T12:00:00.000Z',
      purchase: { id, contactId: 'ada', purchasedOn: '2026-03-06', currency: 'EUR', totalMinor: 2541, reference: 'T-17', paymentStatus: 'unpaid', items: ['Coffee beans', 'Filter', 'Mug'], lineCount: 5, ...overrides },
    });
    const client = core([purchase('p1'), purchase('p2', { currency: 'JPY', totalMinor: 1800, reference: '', paymentStatus: 'paid', items: ['Matcha'], lineCount: 1 })]);
    renderTimeline(client);
    await settle();
    const items = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    const [first, second] = items.map((item) => item.textContent!.replace(/[\u00a0\u202f]/g, ' '));
    expect(first).toContain('Purchase');
    expect(first).toContain('€25.41');
    expect(first).toContain('No. T-17');
    expect(first).toContain('Unpaid');
    expect(first).toContain('Coffee beans, Filter, Mug and 2 more lines');
    expect(second).toContain('¥1,800');
    expect(second).not.toContain('Unpaid');
    expect(second).not.toContain('No.');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'purchase' } });
    await settle();
    expect(client.callsTo('timeline.page').at(-1)).toMatchObject({ kinds: ['purchase'] });
  });

  it('opened from a search hit, pages on to the interaction and focuses it', async () => {
    const client = core([{ source: 'interaction', at: '2026-03-05T14:30:00.000Z', interaction: interaction('a') }], 'cursor-1');
    renderTimeline(client, 'old');
    await settle();
    await settle();
    expect(client.callsTo('timeline.page')).toHaveLength(2);
    expect(document.activeElement?.textContent).toContain('Subject old');
    expect(document.activeElement?.getAttribute('aria-current')).toBe('true');
  });

  it('deletes an interaction with Undo in the toast', async () => {
    const client = core([{ source: 'interaction', at: '2026-03-05T14:30:00.000Z', interaction: interaction('a') }]);
    renderTimeline(client);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Delete: Subject a' }));
    await settle();
    expect(client.callsTo('interactions.delete')).toEqual([{ id: 'a' }]);
    expect(screen.getByText('Call deleted')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await settle();
    expect(client.callsTo('interactions.restore')).toEqual([{ id: 'a' }]);
  });

  it('edits an interaction in the form, prefilled', async () => {
    const client = core([{ source: 'interaction', at: '2026-03-05T14:30:00.000Z', interaction: interaction('a') }]);
    renderTimeline(client);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Subject a' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit the interaction' });
    expect((within(dialog).getByLabelText('Subject') as HTMLInputElement).value).toBe('Subject a');
    expect((within(dialog).getByLabelText('Minutes') as HTMLInputElement).value).toBe('20');
    fireEvent.change(within(dialog).getByLabelText('Subject'), { target: { value: 'Renamed' } });
    fireEvent.keyDown(within(dialog).getByLabelText('Details'), { key: 'Enter', ctrlKey: true });
    await settle();
    expect(client.callsTo('interactions.update')).toEqual([{ id: 'a', fields: expect.objectContaining({ subject: 'Renamed', type: 'call', direction: 'out', minutes: 20, contactIds: ['ada', 'bob'] }) }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('the quick-log form', () => {
  it('opens with L, prefilled with a call now, saves with Enter in a one-line field, and offers Undo', async () => {
    const client = core([]);
    renderTimeline(client);
    await settle();
    fireEvent.keyDown(window, { key: 'l', code: 'KeyL' });
    await settle();
    const dialog = screen.getByRole('dialog', { name: 'Log an interaction with Ada Lovelace' });
    expect((within(dialog).getByLabelText('Type') as HTMLSelectElement).value).toBe('call');
    expect((within(dialog).getByLabelText('When') as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Subject'));
    expect(within(dialog).getByRole('button', { name: 'Remove Ada Lovelace' })).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Subject'), { target: { value: 'Quote' } });
    fireEvent.keyDown(within(dialog).getByLabelText('Subject'), { key: 'Enter' });
    await settle();
    expect(client.callsTo('interactions.log')).toEqual([expect.objectContaining({ type: 'call', subject: 'Quote', contactIds: ['ada'], minutes: null })]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Call logged')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await settle();
    expect(client.callsTo('interactions.delete')).toEqual([{ id: 'new' }]);
  });

  it('adds people from the search, shows the direction only where it applies, and says what is wrong before saving', async () => {
    const client = core([]);
    renderTimeline(client);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Log interaction' }));
    await settle();
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByLabelText('Direction')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Type'), { target: { value: 'meeting' } });
    expect(within(dialog).queryByLabelText('Direction')).toBeNull();

    const add = within(dialog).getByRole('combobox', { name: 'Add a person' });
    fireEvent.change(add, { target: { value: 'chl' } });
    await settle();
    fireEvent.keyDown(add, { key: 'Enter' }); // picks the suggestion, does not save
    expect(client.callsTo('interactions.log')).toEqual([]);
    expect(within(dialog).getByRole('button', { name: 'Remove Chloé Dubois' })).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Minutes'), { target: { value: '-5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove Ada Lovelace' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove Chloé Dubois' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await settle();
    expect(within(dialog).getByText('Minutes run from 0 to 10,080')).toBeTruthy();
    expect(within(dialog).getByText('Add at least one person')).toBeTruthy();
    expect(within(dialog).getByLabelText('Minutes').getAttribute('aria-invalid')).toBe('true');
    expect(client.callsTo('interactions.log')).toEqual([]);

    fireEvent.keyDown(within(dialog).getByLabelText('Subject'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useQuickLog.getState().request).toBeNull();
  });
});
