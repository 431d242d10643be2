import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { buildJsonExport } from '../../electron/core/export/json-export.ts';
import { purgeExpiredTrash } from '../../electron/core/trash/purge-expired.ts';
import { importText } from '../helpers/import-helpers.ts';
import { importSales, purchaseRows } from '../helpers/sales-helpers.ts';
import { openTempCore } from '../helpers/temp-core.ts';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ core, cleanup } = await openTempCore()));
afterEach(async () => cleanup());

const sqlite = () => core.context.database.sqlite;
const TILL = [
  'Date,Order,Email,Customer,Item,Qty,Price,Currency',
  '2024-10-01,O-1,ann@example.com,Ann Lee,Bread,1,2.50,EUR',
  '2024-10-01,O-1,ann@example.com,Ann Lee,Jam,1,4.00,EUR',
  '2024-10-02,O-2,bob@example.com,Bob Roy,Honey,1,7.00,EUR',
  '2024-10-03,O-3,bob@example.com,Bob Roy,Bread,2,2.50,EUR',
].join('\n');

/** The listed products' names and live line counts, in name order. */
const productList = async () => (await core.call('products.list', { query: '', offset: 0, limit: 100 })).products.map((p) => `${p.name}:${p.lines}`);
const rfmCount = () => sqlite().prepare('SELECT count(*) FROM contact_rfm').pluck().get() as number;
const importTill = async (customersCreated = 2) => {
  const summary = await importSales(core, 'till.csv', { createCustomers: true }, TILL);
  expect(summary).toMatchObject({ purchasesCreated: 3, customersCreated, errors: [] });
  return summary.batchId!;
};
const counterSale = (contactId: string, item: string) =>
  core.call('purchases.add', { contactId, purchasedOn: '2024-11-01', currency: 'EUR', lines: [{ item, quantity: 1, unitPrice: 300 }] });

describe('undoing a sales import takes its new products away with its purchases', () => {
  it('products only the batch used go; the RFM scores are computed again', async () => {
    const batchId = await importTill();
    expect(await productList()).toEqual(['Bread:2', 'Honey:1', 'Jam:1']);
    expect(rfmCount()).toBe(2);
    const undone = await core.call('import.undo', { batchId });
    expect(undone).toMatchObject({ removedPurchases: 3, removedPeople: 2 });
    expect(await productList()).toEqual([]);
    // Soft deleted, with the undo's stamp: nothing is lost.
    const stamps = sqlite().prepare('SELECT DISTINCT deleted_at FROM products').pluck().all();
    expect(stamps).toEqual([sqlite().prepare('SELECT undone_at FROM import_batches WHERE id = ?').pluck().get(batchId)]);
    // Nobody has a live purchase any more: no scores left.
    expect(rfmCount()).toBe(0);
  });

  it('keeps a product that was there before, and one a live purchase outside the batch uses', async () => {
    const kept = await core.call('contacts.create', { firstName: 'Kim', lastName: 'Vo' });
    await core.context.updateSettings({ shopCurrency: 'EUR' });
    await counterSale(kept.id, 'bread'); // Bread existed before the import (as "bread")
    const batchId = await importTill();
    await counterSale(kept.id, 'Honey'); // Honey: created by the import, sold at the counter since
    await core.call('import.undo', { batchId });
    expect(await productList()).toEqual(['bread:1', 'Honey:1']);
    // Kim still has purchases: her score stays.
    expect(rfmCount()).toBe(1);
  });

  it('keeps a product the user merged another one into', async () => {
    const kim = await core.call('contacts.create', { firstName: 'Kim', lastName: 'Vo' });
    await core.context.updateSettings({ shopCurrency: 'EUR' });
    const batchId = await importTill();
    await counterSale(kim.id, 'Confiture');
    await core.call('purchases.delete', { id: (await counterSale(kim.id, 'Marmalade')).id });
    const list = (await core.call('products.list', { query: '', offset: 0, limit: 100 })).products;
    const id = (name: string) => list.find((p) => p.name === name)!.id;
    await core.call('products.merge', { ids: [id('Confiture')], intoId: id('Jam') });
    await core.call('import.undo', { batchId });
    // Jam holds Kim's Confiture line now; Bread and Honey were the batch's alone.
    expect(await productList()).toEqual(['Jam:1', 'Marmalade:0']);
  });
});

describe('what comes back from the trash brings its products back', () => {
  it('Restore all of the undone import: its customers’ purchases, their products and their scores', async () => {
    const batchId = await importTill();
    await core.call('import.undo', { batchId });
    const restored = await core.call('trash.restore', { batchId });
    expect(restored).toMatchObject({ people: 2 });
    expect(purchaseRows(core)).toHaveLength(3);
    expect(await productList()).toEqual(['Bread:2', 'Honey:1', 'Jam:1']);
    expect(rfmCount()).toBe(2);
  });

  it('a product typed again since the undo is not doubled: the restored lines are filed under it', async () => {
    const kim = await core.call('contacts.create', { firstName: 'Kim', lastName: 'Vo' });
    const batchId = await importTill();
    await core.call('import.undo', { batchId });
    await counterSale(kim.id, 'JAM');
    await core.call('trash.restore', { batchId });
    expect(await productList()).toEqual(['Bread:2', 'Honey:1', 'JAM:2']);
    const productsOfJamLines = sqlite().prepare("SELECT DISTINCT product_id FROM purchase_lines WHERE item IN ('Jam', 'JAM')").pluck().all();
    expect(productsOfJamLines).toHaveLength(1);
  });

  it('restoring one undone purchase of a customer who was there before brings its product back', async () => {
    const ann = await core.call('contacts.create', { firstName: 'Ann', lastName: 'Lee', emails: [{ label: '', value: 'ann@example.com' }] });
    const batchId = await importTill(1);
    await core.call('import.undo', { batchId });
    expect(await productList()).toEqual([]);
    const annPurchase = sqlite().prepare('SELECT id FROM purchases WHERE contact_id = ?').pluck().get(ann.id) as string;
    await core.call('purchases.restore', { id: annPurchase });
    expect(await productList()).toEqual(['Bread:1', 'Jam:1']);
  });
});

describe('Empty trash', () => {
  it('deletes for good the products an undone import took away once no line uses them, and keeps the others', async () => {
    const kim = await core.call('contacts.create', { firstName: 'Kim', lastName: 'Vo' });
    const batchId = await importTill();
    const kept = await counterSale(kim.id, 'Jam'); // Jam: created by the import, sold since, then deleted on its own
    await core.call('purchases.delete', { id: kept.id });
    await core.call('import.undo', { batchId });
    const rows = () => sqlite().prepare('SELECT name FROM products ORDER BY name').pluck().all();
    expect(rows()).toEqual(['Bread', 'Honey', 'Jam']);
    await core.call('trash.empty', {});
    expect(rows()).toEqual([]);
  });

  it('the purge after 30 days takes them only once they are that old', async () => {
    const batchId = await importTill();
    await core.call('import.undo', { batchId });
    const count = () => sqlite().prepare('SELECT count(*) FROM products').pluck().get();
    await purgeExpiredTrash(core.context, new Date(Date.now() + 29 * 86_400_000));
    expect(count()).toBe(3);
    await purgeExpiredTrash(core.context, new Date(Date.now() + 31 * 86_400_000));
    expect(count()).toBe(0);
  });
});

describe('a Carnet export taken before the undo', () => {
  it('brings the products back with its purchases, never filed under a hidden product', async () => {
    const batchId = await importTill();
    const exported = JSON.stringify(await buildJsonExport(core.context));
    await core.call('import.undo', { batchId });
    expect(await productList()).toEqual([]);
    const { summary } = await importText(core, exported, {}, 'export.json');
    expect(summary.related?.purchases).toMatchObject({ added: 3 });
    expect(await productList()).toEqual(['Bread:2', 'Honey:1', 'Jam:1']);
    const hidden = sqlite().prepare('SELECT count(*) FROM purchase_lines l JOIN purchases p ON p.id = l.purchase_id JOIN products d ON d.id = l.product_id WHERE p.deleted_at IS NULL AND d.deleted_at IS NOT NULL').pluck().get();
    expect(hidden).toBe(0);
  });
});
