import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { newId } from '../../electron/core/clock.ts';
import { insertPurchase } from '../../electron/core/purchases/purchase-rows.ts';
import { openTempCore } from '../helpers/temp-core.ts';
import { importText } from '../helpers/import-helpers.ts';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ core, cleanup } = await openTempCore()));
afterEach(async () => cleanup());

const sqlite = () => core.context.database.sqlite;
const person = (firstName: string) => core.call('contacts.create', { firstName, lastName: 'Test' });
const count = (sql: string, ...params: unknown[]) => (sqlite().prepare(sql).get(...params) as { n: number }).n;
const stampOf = (id: string) => (sqlite().prepare('SELECT deleted_at AS d FROM purchases WHERE id = ?').get(id) as { d: string | null } | undefined)?.d;
const buy = async (contactId: string, purchasedOn = '2026-03-05') =>
  (await core.call('purchases.add', { contactId, purchasedOn, currency: 'EUR', lines: [{ item: 'Bread', quantity: 1, unitPrice: 250 }] })).id;
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

describe('purchases follow their contact to the trash and back', () => {
  it('trashes a contact’s purchases with its stamp; Undo brings back exactly those; one deleted before stays deleted', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    const annBuys = await buy(ann.id);
    const deletedBefore = await buy(ann.id, '2026-02-01');
    const bobBuys = await buy(bob.id);
    await core.call('purchases.delete', { id: deletedBefore });
    const ownStamp = stampOf(deletedBefore);
    await tick();

    await core.call('contacts.delete', { id: ann.id });
    const stamp = (sqlite().prepare('SELECT deleted_at AS d FROM contacts WHERE id = ?').get(ann.id) as { d: string }).d;
    expect([stampOf(annBuys), stampOf(deletedBefore), stampOf(bobBuys)]).toEqual([stamp, ownStamp, null]);
    // A purchase that went with its contact does not come back alone onto a card in the trash.
    await expect(core.call('purchases.restore', { id: annBuys })).rejects.toMatchObject({ code: 'not_found' });
    await expect(core.call('purchases.add', { contactId: ann.id, purchasedOn: '2026-03-05', currency: 'EUR', lines: [{ item: 'Bread', quantity: 1, unitPrice: 250 }] })).rejects.toMatchObject({ code: 'not_found' });

    await core.call('contacts.restore', { id: ann.id });
    expect([stampOf(annBuys), stampOf(deletedBefore), stampOf(bobBuys)]).toEqual([null, ownStamp, null]);
    expect((await core.call('purchases.stats', { contactId: ann.id })).orders).toBe(1);
  });

  it('deletes a contact’s purchases and their lines for good with it, and keeps the products', async () => {
    const ann = await person('Ann');
    const bob = await person('Bob');
    await buy(ann.id);
    await buy(bob.id);
    await core.call('contacts.delete', { id: ann.id });
    await core.call('trash.delete', { ids: [ann.id] });
    expect(count('SELECT count(*) AS n FROM purchases')).toBe(1);
    expect(count('SELECT count(*) AS n FROM purchase_lines')).toBe(1);
    expect(count('SELECT count(*) AS n FROM products')).toBe(1);
  });

  it('Empty trash also removes purchases deleted on their own', async () => {
    const ann = await person('Ann');
    const gone = await buy(ann.id);
    const kept = await buy(ann.id);
    await core.call('purchases.delete', { id: gone });
    await core.call('trash.empty', {});
    expect(stampOf(gone)).toBeUndefined();
    expect(stampOf(kept)).toBeNull();
    expect(count('SELECT count(*) AS n FROM purchase_lines')).toBe(1);
  });

  it('undoing an import trashes the purchases it created, on new and existing contacts; the Trash’s restore of the batch brings back the new contacts’ only', async () => {
    const kept = await person('Kept');
    const { summary } = await importText(core, 'First Name,Last Name,Email\nAnn,Lee,ann@example.com\n', {}, 'people.csv');
    const ann = (await core.call('contacts.list', { search: 'ann' })).items[0]!;
    const batchId = summary.batchId!;
    const now = new Date().toISOString();
    const imported = (contactId: string, reference: string) => {
      const id = newId();
      return core.context.database.db
        .transaction()
        .execute((trx) =>
          insertPurchase(
            trx,
            { id, contact_id: contactId, purchased_on: '2026-01-02', currency: 'EUR', reference, source: 'shopify', payment_status: 'paid', note: '', import_batch_id: batchId, created_at: now, updated_at: now, deleted_at: null },
            [{ id: newId(), item: 'Mug', quantity_milli: 2000, unit_price_minor: 899 }],
          ),
        )
        .then((total) => ({ id, total }));
    };
    const onAnn = await imported(ann.id, '#1001');
    const onKept = await imported(kept.id, '#1002');
    expect(onAnn.total).toBe(1798);
    const typed = await buy(kept.id);

    await core.call('import.undo', { batchId });
    expect(stampOf(onAnn.id)).not.toBeNull();
    expect(stampOf(onKept.id)).not.toBeNull();
    expect(stampOf(typed)).toBeNull();

    await core.call('trash.restore', { batchId });
    expect(stampOf(onAnn.id)).toBeNull();
    // The import stays undone: what it added to Kept stays in the trash.
    expect(stampOf(onKept.id)).not.toBeNull();
    // Importing the same orders again is possible: the reference is free while the old one is in the trash.
    await imported(kept.id, '#1002');
  });
});
