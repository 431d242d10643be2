import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CarnetError } from '../../../shared/errors.ts';
import type { MethodName, MethodOutput } from '../../../shared/contract/index.ts';
import { migrations } from '../../../migrations/index.ts';
import { openDatabase } from '../../../electron/core/db/open-database.ts';
import { makeTempDir } from '../../helpers/temp-core.ts';

export interface ContractHarness {
  invoke(method: string, input: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * One suite for the contract, run against every way of reaching the core (in-process dispatch,
 * the web host over real HTTP): the same inputs must give the same answers and the same errors.
 */
export function defineContractSuite(name: string, open: (dataDir?: string) => Promise<ContractHarness>): void {
  describe(`contract over ${name}`, () => {
    let harness: ContractHarness;
    const call = <M extends MethodName>(method: M, input: unknown) => harness.invoke(method, input) as Promise<MethodOutput<M>>;

    beforeEach(async () => {
      harness = await open();
    });
    afterEach(async () => harness.close());

    it('creates, reads, lists, updates and deletes with undo', async () => {
      const created = await call('contacts.create', { firstName: 'Élodie', lastName: 'Martin', company: 'Fleurs & Co', emails: [{ label: 'work', value: 'elodie@fleurs.fr' }], phones: [{ value: '+33 1 23 45 67 89' }] });
      expect(created).toMatchObject({ displayName: 'Élodie Martin', company: 'Fleurs & Co', phones: [{ e164: '+33123456789' }] });
      expect(await call('contacts.get', { id: created.id })).toEqual(created);
      const found = await call('contacts.list', { search: 'elod' });
      expect(found.items.map((item) => item.id)).toEqual([created.id]);
      expect(found.items[0]).toMatchObject({ primaryEmail: 'elodie@fleurs.fr', company: 'Fleurs & Co' });
      const updated = await call('contacts.update', { id: created.id, fields: { firstName: 'Élodie', lastName: 'Martin-Roux' } });
      expect(updated.lastName).toBe('Martin-Roux');
      expect(updated.emails).toEqual([]);
      await call('contacts.delete', { id: created.id });
      expect((await call('contacts.list', { kind: 'person' })).total).toBe(0);
      await call('contacts.restore', { id: created.id });
      expect((await call('contacts.list', { kind: 'person' })).total).toBe(1);
    });

    it('says what kind of problem each invalid field has, so the app can say it in the interface language', async () => {
      const error = await harness.invoke('contacts.create', { firstName: 'x'.repeat(201), emails: [{ value: 'nope' }] }).then(
        () => null,
        (e: unknown) => e as CarnetError,
      );
      expect(error?.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'firstName', code: 'too_big', origin: 'string', maximum: 200 }),
          expect.objectContaining({ path: 'emails.0.value', code: 'invalid_format' }),
        ]),
      );
    });

    it('answers bad input with a typed error and changes nothing', async () => {
      const cases: [string, unknown, string][] = [
        ['contacts.create', { firstName: 'A', emails: [{ value: 'nope' }] }, 'invalid_input'],
        ['contacts.create', { firstName: ['A'] }, 'invalid_input'],
        ['contacts.create', null, 'invalid_input'],
        ['contacts.list', { limit: 10_000 }, 'invalid_input'],
        ['contacts.list', { offset: -1 }, 'invalid_input'],
        ['contacts.get', { id: 'missing' }, 'not_found'],
        ['contacts.get', {}, 'invalid_input'],
        ['settings.update', { defaultCountry: 'France' }, 'invalid_input'],
        ['settings.update', { countryConfirmed: 'yes' }, 'invalid_input'],
        ['trash.restore', {}, 'invalid_input'],
        ['trash.restore', { ids: ['a'], batchId: 'b' }, 'invalid_input'],
        ['trash.delete', { ids: [] }, 'invalid_input'],
        ['trash.delete', { ids: ['missing'] }, 'not_found'],
        ['trash.list', { offset: -1 }, 'invalid_input'],
        ['no.such.method', {}, 'unknown_method'],
        ['__proto__', {}, 'unknown_method'],
      ];
      for (const [method, input, code] of cases) {
        const error = await harness.invoke(method, input).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${method} ${JSON.stringify(input)}`).toBeInstanceOf(CarnetError);
        expect((error as CarnetError).code, `${method} ${JSON.stringify(input)}`).toBe(code);
        expect((error as CarnetError).message.length).toBeGreaterThan(5);
      }
      const invalid = (await harness.invoke('contacts.create', { firstName: 'A', emails: [{ value: 'ok@example.com' }, { value: 'nope' }] }).catch((e: unknown) => e)) as CarnetError;
      expect(invalid.issues).toContainEqual({ path: 'emails.1.value', message: 'This is not an email address', code: 'invalid_format', origin: 'string' });
      expect((await call('contacts.list', {})).total).toBe(0);
    });

    it('keeps deleted contacts in the trash: list, restore, delete forever, empty', async () => {
      const ada = await call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace', company: 'Engines Ltd' });
      const bob = await call('contacts.create', { firstName: 'Bob', lastName: 'Stone' });
      await call('contacts.delete', { id: ada.id });
      await call('contacts.delete', { id: ada.companyId! });
      await call('contacts.delete', { id: bob.id });
      const trash = await call('trash.list', {});
      expect(trash).toMatchObject({ total: 3, people: 2, companies: 1, retentionDays: 30 });
      // Newest first (Bob was deleted last, and is the newest row should two deletions share a millisecond).
      expect(trash.items.map((item) => item.displayName)[0]).toBe('Bob Stone');
      expect(trash.items.map((item) => [item.displayName, item.kind, item.reason]).sort()).toEqual([['Ada Lovelace', 'person', 'deleted'], ['Bob Stone', 'person', 'deleted'], ['Engines Ltd', 'company', 'deleted']]);
      expect(await call('trash.imports', {})).toEqual([]);
      // Ada's company card comes back with her.
      expect(await call('trash.restore', { ids: [ada.id] })).toEqual({ restored: 2, people: 1, companies: 1 });
      expect(await call('contacts.list', {})).toMatchObject({ total: 2, people: 1, companies: 1 });
      expect(await call('trash.delete', { ids: [bob.id] })).toEqual({ deleted: 1, people: 1, companies: 0 });
      await call('contacts.delete', { id: ada.id });
      expect(await call('trash.empty', {})).toEqual({ deleted: 1, people: 1, companies: 0 });
      expect(await call('trash.list', {})).toMatchObject({ total: 0, items: [] });
      for (const [method, input] of [['trash.restore', { ids: [bob.id] }], ['trash.delete', { ids: [ada.companyId] }], ['trash.list', { batchId: 'nope' }], ['contacts.list', { batchId: 'nope' }]] as const) {
        const error = await harness.invoke(method, input).then(() => null, (e: unknown) => e);
        expect(error, method).toBeInstanceOf(CarnetError);
        expect((error as CarnetError).code, method).toBe('not_found');
      }
      // The live company card was not touched by the failed delete.
      expect((await call('contacts.list', { kind: 'company' })).total).toBe(1);
    });

    it('logs an interaction, pages the timeline, deletes with undo, and refuses bad input the same way', async () => {
      const ada = await call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace' });
      const logged = await call('interactions.log', { type: 'call', direction: 'in', occurredAt: '2026-01-02T09:30:00+01:00', minutes: 20, subject: 'Engine plans', contactIds: [ada.id] });
      expect(logged).toMatchObject({ occurredAt: '2026-01-02T08:30:00.000Z', contacts: [{ id: ada.id, displayName: 'Ada Lovelace' }] });
      const page = await call('timeline.page', { contactId: ada.id, limit: 10 });
      expect(page).toEqual({ entries: [{ source: 'interaction', at: logged.occurredAt, interaction: logged }], next: null });
      expect((await call('contacts.get', { id: ada.id })).lastContactedAt).toBe(logged.occurredAt);
      expect((await call('contacts.list', { search: 'engine' })).items[0]?.matchedInteraction).toMatchObject({ id: logged.id, subject: 'Engine plans' });
      expect(await call('interactions.delete', { id: logged.id })).toEqual({ id: logged.id, contactIds: [ada.id] });
      expect((await call('contacts.list', { sort: 'lastContacted' })).items[0]?.lastContactedAt).toBeNull();
      await call('interactions.restore', { id: logged.id });
      expect((await call('contacts.get', { id: ada.id })).lastContactedAt).toBe(logged.occurredAt);
      for (const [input, code, path] of [
        [{ type: 'note', direction: 'out', contactIds: [ada.id] }, 'invalid_input', 'direction'],
        [{ type: 'call', minutes: 1.5, contactIds: [ada.id] }, 'invalid_input', 'minutes'],
        [{ type: 'call', contactIds: ['missing'] }, 'not_found', 'contactIds.0'],
      ] as const) {
        const error = (await harness.invoke('interactions.log', input).catch((e: unknown) => e)) as CarnetError;
        expect(error, path).toBeInstanceOf(CarnetError);
        expect([error.code, error.issues?.[0]?.path]).toEqual([code, path]);
      }
      expect((await call('timeline.page', { contactId: ada.id })).entries).toHaveLength(1);
    });

    it('adds purchases in minor units, sums them per currency, shows them on the timeline, deletes with undo and refuses bad input the same way', async () => {
      const ada = await call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace' });
      const first = await call('purchases.add', { contactId: ada.id, purchasedOn: '2026-01-05', currency: 'EUR', lines: [{ item: 'Café moulu', quantity: '1,5', unitPrice: 1250 }], reference: 'T-1' });
      expect(first).toMatchObject({ totalMinor: 1875, lines: [{ quantity: '1.5', lineTotalMinor: 1875 }] });
      await call('purchases.add', { contactId: ada.id, purchasedOn: '2026-01-15', currency: 'KWD', lines: [{ item: 'Dates', quantity: 2, unitPrice: 1250 }] });
      expect(await call('purchases.stats', { contactId: ada.id })).toEqual({
        contactId: ada.id, orders: 2, firstPurchase: '2026-01-05', lastPurchase: '2026-01-15', usualIntervalDays: 10,
        values: [{ currency: 'EUR', lifetimeMinor: 1875, orders: 1, averageBasketMinor: 1875 }, { currency: 'KWD', lifetimeMinor: 2500, orders: 1, averageBasketMinor: 2500 }],
      });
      expect((await call('settings.get', {})).shopCurrency).toBe('EUR');
      const timeline = await call('timeline.page', { contactId: ada.id, kinds: ['purchase'] });
      expect(timeline.entries.map((entry) => entry.source === 'purchase' && [entry.purchase.purchasedOn, entry.purchase.items])).toEqual([['2026-01-15', ['Dates']], ['2026-01-05', ['Café moulu']]]);
      expect((await call('products.suggest', { prefix: 'CAFE' })).map((product) => product.name)).toEqual(['Café moulu']);
      await call('purchases.delete', { id: first.id });
      expect((await call('purchases.stats', { contactId: ada.id })).orders).toBe(1);
      await call('purchases.restore', { id: first.id });
      expect((await call('purchases.list', { contactId: ada.id })).purchases.map((purchase) => purchase.id)[1]).toBe(first.id);
      const line = { item: 'Tea', quantity: 1, unitPrice: 100 };
      for (const [input, code, path] of [
        [{ contactId: ada.id, purchasedOn: '2026-01-05', currency: 'EURO', lines: [line] }, 'invalid_input', 'currency'],
        [{ contactId: ada.id, purchasedOn: '2026-02-30', currency: 'EUR', lines: [line] }, 'invalid_input', 'purchasedOn'],
        [{ contactId: ada.id, purchasedOn: '2026-01-05', currency: 'EUR', lines: [] }, 'invalid_input', 'lines'],
        [{ contactId: ada.id, purchasedOn: '2026-01-05', currency: 'EUR', lines: [{ ...line, quantity: '0' }] }, 'invalid_input', 'lines.0.quantity'],
        [{ contactId: ada.id, purchasedOn: '2026-01-05', currency: 'EUR', lines: [{ ...line, unitPrice: 1.5 }] }, 'invalid_input', 'lines.0.unitPrice'],
        [{ contactId: ada.id, purchasedOn: '2026-01-05', currency: 'EUR', lines: Array.from({ length: 501 }, () => line) }, 'invalid_input', 'lines'],
        [{ contactId: 'missing', purchasedOn: '2026-01-05', currency: 'EUR', lines: [line] }, 'not_found', 'contactId'],
        [{ contactId: ada.id, purchasedOn: '2026-01-05', currency: 'EUR', lines: [line], reference: 'T-1' }, 'conflict', 'reference'],
      ] as const) {
        const error = (await harness.invoke('purchases.add', input).catch((e: unknown) => e)) as CarnetError;
        expect(error, path).toBeInstanceOf(CarnetError);
        expect([error.code, error.issues?.[0]?.path]).toEqual([code, path]);
      }
      expect((await call('purchases.stats', { contactId: ada.id })).orders).toBe(2);
    });

    it('takes a contact’s interactions and tasks to the trash and back, exports them as JSON version 3 and reads that export back', async () => {
      const ada = await call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace' });
      const bob = await call('contacts.create', { firstName: 'Bob', lastName: 'Stone' });
      const meeting = await call('interactions.log', { type: 'meeting', occurredAt: '2026-01-05T10:00:00Z', subject: 'Engine plans', contactIds: [ada.id, bob.id] });
      await call('interactions.log', { type: 'call', direction: 'out', occurredAt: '2026-01-06T10:00:00Z', contactIds: [ada.id] });
      const task = await call('tasks.add', { title: 'Send the drawings', dueDate: '2026-03-15', contactId: ada.id });
      await call('contacts.delete', { id: ada.id });
      // Bob keeps the meeting; Ada's own call and her task are in the trash with her.
      expect((await call('timeline.page', { contactId: bob.id })).entries.map((entry) => entry.at)).toEqual([meeting.occurredAt]);
      expect((await call('tasks.list', {})).total).toBe(0);
      await call('contacts.restore', { id: ada.id });
      expect((await call('timeline.page', { contactId: ada.id })).entries).toHaveLength(2);
      expect((await call('tasks.list', {})).total).toBe(1);
      expect((await call('contacts.get', { id: ada.id })).lastContactedAt).toBe('2026-01-06T10:00:00.000Z');

      const temp = makeTempDir();
      try {
        const written = await call('export.toFolder', { folder: temp.dir, format: 'json' });
        const text = fs.readFileSync(written.path, 'utf8');
        expect(JSON.parse(text)).toMatchObject({ format: 'carnet', version: 3, interactions: [{}, {}], tasks: [{ id: task.id, contactId: ada.id }] });
        // Read back into the same Carnet: everything is already there, nothing is written.
        const analyzed = await call('import.analyze', { fileName: path.basename(written.path), data: Buffer.from(text).toString('base64') });
        expect(analyzed).toMatchObject({ format: 'carnet-json', recordCount: 2 });
        const preview = await call('import.preview', { sourceId: analyzed.sourceId });
        expect(preview).toMatchObject({ counts: { already: 2 }, related: { interactions: { added: 0, already: 2 }, tasks: { added: 0, already: 1 } } });
        expect(await call('import.commit', { sourceId: analyzed.sourceId })).toMatchObject({ batchId: null, alreadyThere: 2 });
        // A crafted one is refused with where, the same over every transport.
        const crafted = text.replace(`"contactId": "${ada.id}"`, '"contactId": "nobody"');
        const error = await harness.invoke('import.analyze', { fileName: 'crafted.json', data: Buffer.from(crafted).toString('base64') }).then(() => null, (e: unknown) => e as CarnetError);
        expect(error?.code).toBe('invalid_input');
        expect(error?.message).toMatch(/^crafted\.json: tasks\[0\]\.contactId \(line \d+\): No contact or company with id nobody in this file\./);
      } finally {
        temp.cleanup();
      }
    });

    it('reports app info and settings', async () => {
      const info = await call('app.info', {});
      expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
      expect(info.databasePath).toMatch(/carnet\.sqlite$/);
      expect(await call('settings.update', { defaultCountry: 'es' })).toEqual({ defaultCountry: 'ES', countryConfirmed: true, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null, phonesReread: 0 });
      expect(await call('settings.get', {})).toEqual({ defaultCountry: 'ES', countryConfirmed: true, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null });
      expect(await call('settings.update', { language: 'ru' })).toMatchObject({ defaultCountry: 'ES', language: 'ru' });
      await expect(call('settings.update', { language: 'xx' } as never)).rejects.toMatchObject({ code: 'invalid_input' });
    });

    it('has the default country unconfirmed on a new database until the user confirms it', async () => {
      expect(await call('settings.get', {})).toEqual({ defaultCountry: 'FR', countryConfirmed: false, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null }); // FR: the locale
      expect(await call('settings.update', { countryConfirmed: true })).toEqual({ defaultCountry: 'FR', countryConfirmed: true, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null, phonesReread: 0 });
      expect(await call('settings.get', {})).toEqual({ defaultCountry: 'FR', countryConfirmed: true, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null });
    });

    it('has the default country unconfirmed on a database from before the setting, keeping its country', async () => {
      await harness.close();
      const temp = makeTempDir();
      try {
        const older = await openDatabase(path.join(temp.dir, 'carnet.sqlite'), { migrations: migrations.filter((m) => m.version <= 3) });
        older.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('defaultCountry', '\"DE\"')").run();
        await older.close();
        harness = await open(temp.dir);
        expect(await call('settings.get', {})).toEqual({ defaultCountry: 'DE', countryConfirmed: false, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null });
        expect(await call('settings.update', { defaultCountry: 'DE', countryConfirmed: true })).toMatchObject({ defaultCountry: 'DE', countryConfirmed: true });
        await harness.close();
        harness = await open(temp.dir); // a restart keeps it
        expect(await call('settings.get', {})).toEqual({ defaultCountry: 'DE', countryConfirmed: true, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null });
      } finally {
        await harness.close();
        harness = await open(); // for afterEach
        temp.cleanup();
      }
    });

    it('adds a repeating task, completes it with its next occurrence, undoes that, and gathers Today', async () => {
      const ada = await call('contacts.create', { firstName: 'Ada', birthday: '1990-03-05' });
      const task = await call('tasks.add', { title: 'Call Ada', dueDate: '2026-03-05', dueTime: '09:00', contactId: ada.id, repeat: 'FREQ=WEEKLY' });
      const done = await call('tasks.complete', { id: task.id });
      expect(done.next).toMatchObject({ dueDate: '2026-03-12', repeatOf: task.id, contactName: 'Ada' });
      expect(await call('tasks.reopen', { id: task.id })).toMatchObject({ nextRemoved: true });
      await call('contacts.setKeepInTouch', { id: ada.id, frequency: '2w', today: '2026-02-19', timeZone: 'Europe/Paris' });
      const today = await call('today.get', { today: '2026-03-05', timeZone: 'Europe/Paris' });
      expect(today.dueToday.items.map((item) => item.id)).toEqual([task.id]);
      expect(today.keepInTouch.items.map((item) => item.contactId)).toEqual([ada.id]);
      expect(today.birthdays[0]).toMatchObject({ contactId: ada.id, inDays: 0, turns: 36 });
      expect(today.count).toBe(3);
      const snoozed = await call('tasks.snooze', { id: task.id, to: 'tomorrow', today: '2026-03-05' });
      expect(snoozed.dueDate).toBe('2026-03-06');
    });

    it('answers bad task input with typed errors naming the field', async () => {
      const bad = async (method: string, input: unknown) => harness.invoke(method, input).then(() => null, (e: unknown) => e as CarnetError);
      expect((await bad('tasks.add', { title: 'x', dueDate: '2026-13-01' }))?.issues?.[0]).toMatchObject({ path: 'dueDate', code: 'custom' });
      expect((await bad('tasks.add', { title: 'x', dueDate: '2026-03-01', repeat: 'FREQ=SECONDLY' }))?.issues?.[0]).toMatchObject({ path: 'repeat' });
      expect((await bad('today.get', { today: '2026-03-01', timeZone: 'Nowhere/Land' }))?.code).toBe('invalid_input');
      expect((await bad('tasks.complete', { id: 'missing' }))?.code).toBe('not_found');
      expect((await call('tasks.list', {})).total).toBe(0);
    });

    it('answers the reports, RFM and the report filters of the list, and refuses a reversed period', async () => {
      const ana = await call('contacts.create', { firstName: 'Ana' });
      const report = await call('reports.overview', { period: { from: '2026-01-01', to: '2026-02-28' }, today: '2026-03-01' });
      expect(report).toMatchObject({ currency: null, purchaseCount: 0, orders: 0, revenue: [], topCustomers: [], overdue: [] });
      expect(report.newCustomers).toEqual([{ month: '2026-01', count: 0, contactIds: [] }, { month: '2026-02', count: 0, contactIds: [] }]);
      expect(await call('reports.overdue', { today: '2026-03-01' })).toEqual({ items: [], total: 0 });
      expect(await call('reports.recomputeRfm', { today: '2026-03-01' })).toEqual({ customers: 0 });
      expect(await call('reports.rfmOf', { id: ana.id })).toBeNull();
      expect((await call('contacts.list', { ids: [ana.id] })).items.map((item) => item.id)).toEqual([ana.id]);
      expect((await call('contacts.list', { segment: 'champions' })).total).toBe(0);
      const error = await harness.invoke('reports.overview', { period: { from: '2026-03-01', to: '2026-01-01' }, today: '2026-03-01' }).then(() => null, (e: unknown) => e as CarnetError);
      expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'period.to' }] });
      const badSegment = await harness.invoke('contacts.list', { segment: 'vip' }).then(() => null, (e: unknown) => e as CarnetError);
      expect(badSegment?.code).toBe('invalid_input');
    });

    it('exports the calendar into a folder', async () => {
      const temp = makeTempDir();
      try {
        await call('tasks.add', { title: 'Invoice', dueDate: '2026-03-15' });
        const written = await call('calendar.export', { folder: temp.dir, today: '2026-03-01' });
        expect(path.basename(written.path)).toBe('carnet-calendar-2026-03-01.ics');
        expect(written.events).toBe(1);
      } finally {
        temp.cleanup();
      }
    });
  });
}
