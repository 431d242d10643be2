import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCarnet } from '../helpers/run-cli.ts';
import { salesFixture } from '../helpers/sales-helpers.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function dataDir(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return dir;
}

describe('carnet import FILE --kind purchases', () => {
  it('dry run, import with --create-customers, re-import creating nothing, undo', async () => {
    const dir = dataDir();
    const file = salesFixture('shopify-orders_export.csv');
    const dry = await runCarnet(['import', file, '--kind', 'purchases', '--dry-run', '--json', '--create-customers', '--data', dir]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, batchId: null, purchasesCreated: 3, customersCreated: 2, skipped: 0, errors: [] });

    const skipping = await runCarnet(['import', file, '--kind', 'purchases', '--data', dir]);
    expect(skipping.stdout).toContain('created 0 purchases, 0 customers, already there 0, skipped 3, 0 errors');
    expect(skipping.stdout).toContain('line 2: #1001 (Alice Martin) no contact matches this customer');

    const run = await runCarnet(['import', file, '--kind', 'purchases', '--json', '--create-customers', '--data', dir]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { batchId: string; purchasesCreated: number; customersCreated: number; skipped: number };
    expect(summary).toMatchObject({ purchasesCreated: 3, customersCreated: 2, skipped: 0 });

    const again = await runCarnet(['import', file, '--json', '--create-customers', '--data', dir]);
    expect(JSON.parse(again.stdout)).toMatchObject({ batchId: null, purchasesCreated: 0, customersCreated: 0, alreadyThere: 3 });

    const undo = await runCarnet(['import', 'undo', summary.batchId, '--data', dir]);
    expect(undo.code).toBe(0);
    expect(undo.stdout).toContain('3 purchases it wrote moved to the trash');
  });

  it('prints the orders imported with a warning, and voided ones as skipped without the --create-customers hint', async () => {
    const dir = dataDir();
    const file = path.join(dir, 'orders_export.csv');
    fs.writeFileSync(file, [
      'Name,Email,Financial Status,Currency,Shipping,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name',
      '#1,ann@example.com,paid,EUR,2.00,15.00,2024-05-04 10:00:00 +0200,1,Bowl,10.00,Ann Lee',
      '#2,bob@example.com,voided,EUR,0.00,8.00,2024-05-05 10:00:00 +0200,1,Cup,8.00,Bob Roy',
    ].join('\n'));
    const run = await runCarnet(['import', file, '--create-customers', '--data', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created 1 purchase, 1 customer, already there 0, skipped 1, 0 errors');
    expect(run.stdout).toContain('  skipped orders:\n  line 3: #2 (Bob Roy) the shop says "voided": not a sale, skipped');
    expect(run.stdout).toContain('  1 warning (imported anyway):\n  line 2: its lines add up to 12.00 EUR, the file’s total is 15.00 EUR: imported with its lines’ total');
    expect(run.stdout).not.toContain('--create-customers to create');
    const json = await runCarnet(['import', file, '--dry-run', '--json', '--data', dir]);
    expect(JSON.parse(json.stdout)).toMatchObject({ alreadyThere: 1, warnings: [] });
  });

  it('says what is wrong with a bad --kind and with bad rows', async () => {
    const dir = dataDir();
    const bad = await runCarnet(['import', salesFixture('bad-sales.csv'), '--kind', 'sales', '--data', dir]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr + bad.stdout).toContain('--kind takes contacts or purchases, not "sales"');
    const rows = await runCarnet(['import', salesFixture('bad-sales.csv'), '--create-customers', '--data', dir]);
    expect(rows.stdout).toContain('created 1 purchase, 1 customer, already there 0, skipped 0, 2 errors');
    expect(rows.stdout).toContain('line 2: "twelve" is not an amount (line 2)');
    expect(rows.stdout).toContain('line 3: the order has no date (line 3)');
  });
});
