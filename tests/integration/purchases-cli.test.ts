import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { runCarnet } from '../helpers/run-cli.ts';

let dir: string;
let cleanup: () => void;
let ada: { id: string };
beforeEach(async () => {
  ({ dir, cleanup } = makeTempDir());
  const core = await createCore({ dataDir: dir, locale: 'fr-FR', autoBackup: { enabled: false } });
  ada = await core.call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace', emails: [{ value: 'ada@engines.example' }] });
  await core.call('contacts.create', { firstName: 'Ada', lastName: 'Byron' });
  await core.call('purchases.add', { contactId: ada.id, purchasedOn: '2026-03-01', currency: 'EUR', lines: [{ item: 'Coffee beans', quantity: '1,5', unitPrice: 1250 }, { item: 'Filter', quantity: 2, unitPrice: 333 }], reference: 'T-17' });
  await core.call('purchases.add', { contactId: ada.id, purchasedOn: '2026-03-09', currency: 'JPY', lines: [{ item: 'Matcha', quantity: 1, unitPrice: 1800 }], paymentStatus: 'unpaid' });
  await core.close();
});
afterEach(() => cleanup());

describe('carnet purchases list', () => {
  it('prints a person’s purchases with their lines as JSON, newest first, amounts in major and minor units', async () => {
    const result = await runCarnet(['purchases', 'list', 'ada@engines.example', '--json', '--data', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const purchases = JSON.parse(result.stdout) as unknown[];
    expect(purchases).toEqual([
      expect.objectContaining({ date: '2026-03-09', currency: 'JPY', total: 1800, totalMinor: 1800, paymentStatus: 'unpaid', lines: [expect.objectContaining({ item: 'Matcha', quantity: 1, unitPrice: 1800, lineTotal: 1800 })] }),
      expect.objectContaining({
        date: '2026-03-01', currency: 'EUR', total: 25.41, totalMinor: 2541, reference: 'T-17', contactId: ada.id,
        lines: [
          expect.objectContaining({ item: 'Coffee beans', quantity: 1.5, unitPrice: 12.5, lineTotal: 18.75, unitPriceMinor: 1250, lineTotalMinor: 1875 }),
          expect.objectContaining({ item: 'Filter', quantity: 2, unitPrice: 3.33, lineTotal: 6.66 }),
        ],
      }),
    ]);
  });

  it('says them in words', async () => {
    const result = await runCarnet(['purchases', 'list', ada.id, '--data', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('2026-03-09  1800 JPY  (unpaid)  Matcha\n2026-03-01  25.41 EUR  T-17  Coffee beans x1.5, Filter x2\n2 purchases for Ada Lovelace.\n');
  });

  it('exits 2 with the candidates when the name is ambiguous, and 1 when nobody matches', async () => {
    const ambiguous = await runCarnet(['purchases', 'list', 'Ada', '--data', dir]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/"Ada" matches 2 contacts; repeat with an id/);
    const nobody = await runCarnet(['purchases', 'list', 'Grace', '--data', dir]);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/No contact matches "Grace"/);
    const none = await runCarnet(['purchases', 'list', '--data', dir]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/Say whose purchases/);
  });
});
