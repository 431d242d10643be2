import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { timelineEntryId, type TimelineEntry } from '../../shared/contract/interactions.ts';
import type { CarnetError } from '../../shared/errors.ts';
import { openTempCore } from '../helpers/temp-core.ts';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => cleanup());

const person = (firstName: string, company = '') => core.call('contacts.create', { firstName, lastName: 'Test', company });
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const idsOf = (entries: TimelineEntry[]) => entries.map(timelineEntryId);
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as CarnetError);

describe('logging interactions', () => {
  it('logs, reads, updates, deletes and restores one, moving last contacted each time', async () => {
    const ana = await person('Ana');
    const logged = await core.call('interactions.log', { type: 'call', direction: 'out', occurredAt: hoursAgo(2), minutes: 15, subject: 'Quote', body: 'Asked for the\nnew quote', contactIds: [ana.id] });
    expect(logged).toMatchObject({ type: 'call', direction: 'out', minutes: 15, subject: 'Quote', contacts: [{ id: ana.id, displayName: 'Ana Test', kind: 'person' }] });
    expect(logged.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(await core.call('interactions.get', { id: logged.id })).toEqual(logged);
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBe(logged.occurredAt);

    const when = hoursAgo(1);
    const updated = await core.call('interactions.update', { id: logged.id, fields: { type: 'meeting', occurredAt: when, subject: 'Quote signed', contactIds: [ana.id] } });
    expect(updated).toMatchObject({ type: 'meeting', direction: null, occurredAt: when, minutes: null, subject: 'Quote signed', body: '' });
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBe(when);

    expect(await core.call('interactions.delete', { id: logged.id })).toEqual({ id: logged.id, contactIds: [ana.id] });
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBeNull();
    expect((await failure(core.call('interactions.get', { id: logged.id })))?.code).toBe('not_found');
    expect((await core.call('timeline.page', { contactId: ana.id })).entries).toEqual([]);

    expect(await core.call('interactions.restore', { id: logged.id })).toMatchObject({ id: logged.id, subject: 'Quote signed' });
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBe(when);
  });

  it('defaults the time to now and refuses bad input without writing anything', async () => {
    const ana = await person('Ana');
    const before = Date.now();
    const logged = await core.call('interactions.log', { type: 'note', contactIds: [ana.id] });
    expect(Date.parse(logged.occurredAt)).toBeGreaterThanOrEqual(before - 5);
    const cases: [unknown, string, string][] = [
      [{ type: 'fax', contactIds: [ana.id] }, 'invalid_input', 'type'],
      [{ type: 'meeting', direction: 'in', contactIds: [ana.id] }, 'invalid_input', 'direction'],
      [{ type: 'call', minutes: -1, contactIds: [ana.id] }, 'invalid_input', 'minutes'],
      [{ type: 'call', minutes: 100_000, contactIds: [ana.id] }, 'invalid_input', 'minutes'],
      [{ type: 'call', occurredAt: 'yesterday', contactIds: [ana.id] }, 'invalid_input', 'occurredAt'],
      [{ type: 'call', occurredAt: '2026-03-05T14:30:00', contactIds: [ana.id] }, 'invalid_input', 'occurredAt'],
      [{ type: 'call', occurredAt: '0001-03-05T14:30:00Z', contactIds: [ana.id] }, 'invalid_input', 'occurredAt'],
      [{ type: 'call', subject: 'x'.repeat(301), contactIds: [ana.id] }, 'invalid_input', 'subject'],
      [{ type: 'call', contactIds: [] }, 'invalid_input', 'contactIds'],
      [{ type: 'call', contactIds: Array.from({ length: 51 }, (_, i) => `id-${i}`) }, 'invalid_input', 'contactIds'],
      [{ type: 'call', contactIds: [ana.id, 'no-such-contact'] }, 'not_found', 'contactIds.1'],
    ];
    for (const [input, code, path] of cases) {
      const error = await failure(core.call('interactions.log', input));
      expect(error?.code, JSON.stringify(input)).toBe(code);
      expect(error?.issues?.map((issue) => issue.path), JSON.stringify(input)).toContain(path);
    }
    expect(idsOf((await core.call('timeline.page', { contactId: ana.id })).entries)).toEqual([logged.id]);
  });

  it('stores a time given with an offset in UTC', async () => {
    const ana = await person('Ana');
    const logged = await core.call('interactions.log', { type: 'visit', occurredAt: '2026-03-05T15:30:00+01:00', contactIds: [ana.id] });
    expect(logged.occurredAt).toBe('2026-03-05T14:30:00.000Z');
  });

  it('does not log on a contact in the trash', async () => {
    const ana = await person('Ana');
    await core.call('contacts.delete', { id: ana.id });
    expect((await failure(core.call('interactions.log', { type: 'call', contactIds: [ana.id] })))?.code).toBe('not_found');
  });
});

describe('timelines', () => {
  it('shows an interaction shared by several people on each of their timelines and on their company', async () => {
    const ana = await person('Ana', 'Acme');
    const bruno = await person('Bruno', 'Acme');
    const chloe = await person('Chloé');
    const acme = (await core.call('contacts.list', { kind: 'company' })).items[0]!;
    const meeting = await core.call('interactions.log', { type: 'meeting', occurredAt: hoursAgo(3), contactIds: [ana.id, bruno.id, chloe.id] });
    const ownCall = await core.call('interactions.log', { type: 'call', occurredAt: hoursAgo(1), contactIds: [acme.id] });
    const anaOnly = await core.call('interactions.log', { type: 'email', occurredAt: hoursAgo(2), contactIds: [ana.id] });
    expect(meeting.contacts.map((contact) => contact.displayName)).toEqual(['Ana Test', 'Bruno Test', 'Chloé Test']);
    for (const contact of [ana, bruno, chloe]) expect(idsOf((await core.call('timeline.page', { contactId: contact.id })).entries)).toContain(meeting.id);
    // The company's own call, then Ana's email, then the meeting once although two of its people were there.
    expect(idsOf((await core.call('timeline.page', { contactId: acme.id })).entries)).toEqual([ownCall.id, anaOnly.id, meeting.id]);
    expect(idsOf((await core.call('timeline.page', { contactId: chloe.id })).entries)).toEqual([meeting.id]);
  });

  it('pages a company timeline past deleted interactions', async () => {
    const ana = await person('Ana', 'Acme');
    const acme = (await core.call('contacts.list', { kind: 'company' })).items[0]!;
    const logged = [];
    for (let i = 0; i < 6; i++) logged.push(await core.call('interactions.log', { type: 'call', occurredAt: hoursAgo(10 - i), contactIds: [i % 2 ? ana.id : acme.id] }));
    for (const index of [5, 4, 2]) await core.call('interactions.delete', { id: logged[index]!.id });
    const first = await core.call('timeline.page', { contactId: acme.id, limit: 2 });
    expect(idsOf(first.entries)).toEqual([logged[3]!.id, logged[1]!.id]);
    const second = await core.call('timeline.page', { contactId: acme.id, limit: 2, cursor: first.next });
    expect(idsOf(second.entries)).toEqual([logged[0]!.id]);
    expect(second.next).toBeNull();
  });

  it('pages newest first by cursor, filters by kind, and merges completed tasks', async () => {
    const ana = await person('Ana');
    const logged = [];
    for (let i = 0; i < 7; i++) logged.push(await core.call('interactions.log', { type: i % 2 ? 'call' : 'note', occurredAt: hoursAgo(10 - i), contactIds: [ana.id] }));
    // A completed task as the tasks area writes it, done between the 3rd and 4th interaction.
    const now = new Date().toISOString();
    core.context.database.sqlite
      .prepare("INSERT INTO tasks (id, title, contact_id, notes, done_at, created_at, updated_at) VALUES ('task-1', 'Send the quote', ?, '', ?, ?, ?)")
      .run(ana.id, new Date(Date.parse(logged[3]!.occurredAt) - 1000).toISOString(), now, now);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { entries: TimelineEntry[]; next: string | null } = await core.call('timeline.page', { contactId: ana.id, cursor, limit: 3 });
      expect(page.entries.length).toBeLessThanOrEqual(3);
      seen.push(...idsOf(page.entries));
      cursor = page.next;
    } while (cursor);
    const newestFirst = logged.map((entry) => entry.id).reverse();
    expect(seen).toEqual([...newestFirst.slice(0, 4), 'task-1', ...newestFirst.slice(4)]);
    expect(idsOf((await core.call('timeline.page', { contactId: ana.id, kinds: ['call'] })).entries)).toEqual([logged[5]!.id, logged[3]!.id, logged[1]!.id]);
    expect(idsOf((await core.call('timeline.page', { contactId: ana.id, kinds: ['task'] })).entries)).toEqual(['task-1']);
    expect((await failure(core.call('timeline.page', { contactId: ana.id, cursor: 'garbage' })))?.code).toBe('invalid_input');
    expect((await failure(core.call('timeline.page', { contactId: 'nobody' })))?.code).toBe('not_found');
  });
});

describe('last contacted', () => {
  it('is the latest call, meeting, email, visit or message in the past: notes and future ones do not count', async () => {
    const ana = await person('Ana');
    await core.call('interactions.log', { type: 'note', occurredAt: hoursAgo(1), contactIds: [ana.id] });
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBeNull();
    const email = await core.call('interactions.log', { type: 'email', occurredAt: hoursAgo(5), contactIds: [ana.id] });
    await core.call('interactions.log', { type: 'meeting', occurredAt: new Date(Date.now() + 86_400_000).toISOString(), contactIds: [ana.id] });
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBe(email.occurredAt);
    const older = await core.call('interactions.log', { type: 'visit', occurredAt: hoursAgo(50), contactIds: [ana.id] });
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBe(email.occurredAt);
    await core.call('interactions.delete', { id: email.id });
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBe(older.occurredAt);
    // Turning the visit into a note takes it out of the count.
    await core.call('interactions.update', { id: older.id, fields: { type: 'note', contactIds: [ana.id] } });
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBeNull();
  });

  it('moves with the people of an interaction when it is edited', async () => {
    const ana = await person('Ana');
    const bruno = await person('Bruno');
    const call = await core.call('interactions.log', { type: 'call', occurredAt: hoursAgo(1), contactIds: [ana.id] });
    await core.call('interactions.update', { id: call.id, fields: { type: 'call', contactIds: [bruno.id] } });
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBeNull();
    expect((await core.call('contacts.get', { id: bruno.id })).lastContactedAt).toBe(call.occurredAt);
  });

  it('keeps the link to a person in the trash when the interaction is edited', async () => {
    const ana = await person('Ana');
    const bruno = await person('Bruno');
    const meeting = await core.call('interactions.log', { type: 'meeting', occurredAt: hoursAgo(1), contactIds: [ana.id, bruno.id] });
    await core.call('contacts.delete', { id: bruno.id });
    expect((await core.call('interactions.get', { id: meeting.id })).contacts.map((contact) => contact.id)).toEqual([ana.id]);
    await core.call('interactions.update', { id: meeting.id, fields: { type: 'meeting', subject: 'Edited', contactIds: [ana.id] } });
    await core.call('contacts.restore', { id: bruno.id });
    expect(idsOf((await core.call('timeline.page', { contactId: bruno.id })).entries)).toEqual([meeting.id]);
  });

  it('counts a future-dated interaction once its time has come (the start-up and hourly refresh)', async () => {
    const ana = await person('Ana');
    const soon = new Date(Date.now() + 60_000).toISOString();
    await core.call('interactions.log', { type: 'meeting', occurredAt: soon, contactIds: [ana.id] });
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBeNull();
    const { refreshComeDue } = await import('../../electron/core/interactions/due-refresh.ts');
    expect(await refreshComeDue(core.context.database.db, new Date().toISOString())).toEqual([]);
    expect(await refreshComeDue(core.context.database.db, new Date(Date.now() + 120_000).toISOString())).toEqual([ana.id]);
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBe(soon);
    expect(await refreshComeDue(core.context.database.db, new Date(Date.now() + 120_000).toISOString())).toEqual([]);
  });

  it('sorts the list by last contact: longest ago first, then never contacted by name', async () => {
    const [ana, bruno, chloe, david] = [await person('Ana'), await person('Bruno'), await person('Chloé'), await person('David')];
    await core.call('interactions.log', { type: 'call', occurredAt: hoursAgo(1), contactIds: [ana.id] });
    await core.call('interactions.log', { type: 'call', occurredAt: hoursAgo(48), contactIds: [chloe.id] });
    const sorted = await core.call('contacts.list', { sort: 'lastContacted' });
    expect(sorted.items.map((item) => item.id)).toEqual([chloe.id, ana.id, bruno.id, david.id]);
    expect(sorted.items.map((item) => item.lastContactedAt === null)).toEqual([false, false, true, true]);
    // Pages cut across the two blocks.
    const second = await core.call('contacts.list', { sort: 'lastContacted', offset: 1, limit: 2 });
    expect(second.items.map((item) => item.id)).toEqual([ana.id, bruno.id]);
    expect((await core.call('contacts.list', { sort: 'lastContacted', search: 'test', offset: 3 })).items.map((item) => item.id)).toEqual([david.id]);
    // A page wholly among the never contacted, and one in the dated block only.
    expect((await core.call('contacts.list', { sort: 'lastContacted', offset: 3, limit: 1 })).items.map((item) => item.id)).toEqual([david.id]);
    expect((await core.call('contacts.list', { sort: 'lastContacted', offset: 0, limit: 2 })).items.map((item) => item.id)).toEqual([chloe.id, ana.id]);
    expect((await core.call('contacts.list', { sort: 'lastContacted', kind: 'company' })).items).toEqual([]);
    const all = sorted.items.map((item) => item.id);
    for (let offset = 0; offset <= 4; offset++) {
      for (let limit = 1; limit <= 4; limit++) {
        const page = await core.call('contacts.list', { sort: 'lastContacted', offset, limit });
        expect(page.items.map((item) => item.id), `offset ${offset} limit ${limit}`).toEqual(all.slice(offset, offset + limit));
      }
    }
  });
});

describe('search', () => {
  it('finds contacts by the subject or body of their interactions, saying which one matched', async () => {
    const ana = await person('Ana');
    const bruno = await person('Bruno');
    const call = await core.call('interactions.log', { type: 'call', occurredAt: hoursAgo(1), subject: 'Invoice overdue', body: 'She will pay the plumbing invoice on Friday', contactIds: [ana.id, bruno.id] });
    const found = await core.call('contacts.list', { search: 'plumb' });
    expect(found.total).toBe(2);
    expect(found.items.map((item) => item.matchedInteraction?.id)).toEqual([call.id, call.id]);
    expect(found.items[0]!.matchedInteraction).toMatchObject({ subject: 'Invoice overdue' });
    expect(found.items[0]!.matchedInteraction!.snippet).toContain('plumbing');
    // A contact whose own fields match is not explained by an interaction.
    const byName = await core.call('contacts.list', { search: 'ana' });
    expect(byName.items.map((item) => [item.id, item.matchedInteraction])).toEqual([[ana.id, null]]);
    // Both: counted once.
    await core.call('contacts.update', { id: ana.id, fields: { firstName: 'Ana', lastName: 'Test', notes: 'invoice by email' } });
    const both = await core.call('contacts.list', { search: 'invoice' });
    expect(both.total).toBe(2);
    expect(both.items.find((item) => item.id === ana.id)?.matchedInteraction).toBeNull();
    // Two letters are the start of a name: interactions are searched from three on.
    await core.call('interactions.log', { type: 'note', subject: 'zq', contactIds: [bruno.id] });
    expect((await core.call('contacts.list', { search: 'zq' })).total).toBe(0);
    // Deleted interactions are not searched.
    await core.call('interactions.delete', { id: call.id });
    expect((await core.call('contacts.list', { search: 'plumb' })).total).toBe(0);
  });
});

describe('the come-due refresh timer', () => {
  it('runs after start, tells the screens what moved, and stops with the core', async () => {
    const { startDueRefresh } = await import('../../electron/core/interactions/due-refresh-timer.ts');
    const ana = await person('Ana');
    const soon = new Date(Date.now() + 40).toISOString();
    await core.call('interactions.log', { type: 'call', occurredAt: soon, contactIds: [ana.id] });
    const events: unknown[] = [];
    const off = core.onEvent((event) => events.push(event));
    await new Promise((resolve) => setTimeout(resolve, 60));
    const timer = startDueRefresh(core.context, { firstMs: 0, intervalMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await timer.stop();
    off();
    expect(events).toContainEqual({ type: 'contacts.changed', ids: [ana.id] });
    expect((await core.call('contacts.get', { id: ana.id })).lastContactedAt).toBe(soon);
  });
});
