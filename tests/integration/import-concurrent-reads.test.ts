import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { openTempCore } from '../helpers/temp-core.ts';
import { analyzeBytes } from '../helpers/import-helpers.ts';

let core: Core;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
  await core.call('contacts.create', { firstName: 'Zoé', lastName: 'Avant', emails: [{ label: 'work', value: 'zoe@example.com' }] });
});
afterEach(async () => {
  await cleanup();
});

function bigCsv(rows: number): string {
  const lines = ['First Name,Last Name,Email,Phone'];
  for (let i = 0; i < rows; i++) {
    const digits = String(i).padStart(8, '0');
    lines.push(`P${i},Import,p${i}@bulk.example,06 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}`);
  }
  return lines.join('\n');
}

describe('reads during a long import', () => {
  it('list, search and a contact answer while the import writes, with the data from before it', async () => {
    const analyzed = await analyzeBytes(core, bigCsv(6000));
    const order: string[] = [];
    let readsDuring: { total: number; found: number } | null = null;
    let started = false;
    const stop = core.onEvent((event) => {
      // Once the import has started writing rows, ask the screens' questions.
      if (event.type !== 'progress' || started || event.done === 0) return;
      started = true;
      void (async () => {
        const all = await core.call('contacts.list', { limit: 10 });
        const search = await core.call('contacts.list', { search: 'zoé', limit: 10 });
        await core.call('contacts.get', { id: search.items[0]!.id });
        order.push('reads');
        readsDuring = { total: all.total, found: search.total };
      })();
    });
    const summary = await core.call('import.commit', { sourceId: analyzed.sourceId }).then((result) => {
      order.push('import');
      return result;
    });
    stop();
    expect(summary.created).toBe(6000);
    expect(order).toEqual(['reads', 'import']);
    // The import had not committed yet: the reads saw the one contact from before.
    expect(readsDuring).toEqual({ total: 1, found: 1 });
    expect((await core.call('contacts.list', { limit: 1 })).total).toBe(6001);
  });

  it('the read connection refuses writes', async () => {
    await expect(core.context.database.reader.deleteFrom('contacts').execute()).rejects.toThrow(/readonly|query_only|read-only/i);
    expect((await core.call('contacts.list', { limit: 1 })).total).toBe(1);
  });
});
