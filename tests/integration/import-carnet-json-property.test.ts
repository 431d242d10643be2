import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { buildJsonExport } from '../../electron/core/export/json-export.ts';
import { CarnetError } from '../../shared/errors.ts';
import { seedContacts } from '../helpers/backup-fixtures.ts';
import { addInteraction, addTask } from '../helpers/crm-rows.ts';
import { openTempCore } from '../helpers/temp-core.ts';

/**
 * Whatever is changed in a Carnet export (a key dropped, a value of another type, a string
 * anywhere), the import answers with a result or a CarnetError that says where, and the target
 * holds either the whole batch or nothing of it: never contacts without their interactions.
 */
let source: Core;
let target: Core;
const cleanups: (() => Promise<void>)[] = [];
let exported: Record<string, unknown>;

beforeAll(async () => {
  const a = await openTempCore();
  const b = await openTempCore();
  cleanups.push(a.cleanup, b.cleanup);
  source = a.core;
  target = b.core;
  await seedContacts(source);
  const people = (await source.call('contacts.list', { kind: 'person' })).items;
  await addInteraction(source, [people[0]!.id, people[1]!.id], { type: 'meeting', direction: null });
  await addInteraction(source, [people[2]!.id], { subject: 'Quote' });
  await addTask(source, people[0]!.id, { repeat: 'FREQ=WEEKLY' });
  await addTask(source, null);
  exported = JSON.parse(JSON.stringify(await buildJsonExport(source.context))) as Record<string, unknown>;
});
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

function counts() {
  const sqlite = target.context.database.sqlite;
  const one = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { contacts: one('contacts'), interactions: one('interactions'), links: one('interaction_contacts'), tasks: one('tasks'), batches: one('import_batches') };
}

/** Every path to a value in the document: ['contacts', 0, 'emails', 0, 'value'], … */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (value && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return [path];
}

function changed(path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(exported);
  if (path.length === 0) return replacement;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('a changed Carnet export never imports halfway', () => {
  it('imports whole or refuses with where, for any one value replaced or removed', async () => {
    const paths = pathsOf(exported);
    const replacement = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
      fc.constantFrom('x'.repeat(100_001), '2026-13-45', '--02-30', 'FREQ=NEVER', 'note', '0193a1f2-0000-7000-8000-000000000000'),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: paths.length - 1 }), replacement, async (index, value) => {
        const before = counts();
        const document = changed(paths[index]!, value);
        let batchId: string | null = null;
        try {
          const analyzed = await target.call('import.analyze', { fileName: 'changed.json', data: Buffer.from(JSON.stringify(document) ?? '').toString('base64') });
          const summary = await target.call('import.commit', { sourceId: analyzed.sourceId });
          batchId = summary.batchId;
        } catch (error) {
          expect(error).toBeInstanceOf(CarnetError);
          expect((error as CarnetError).code).toBe('invalid_input');
          expect((error as CarnetError).message).toMatch(/^changed\.json/);
        }
        const after = counts();
        if (batchId === null) expect(after).toEqual(before);
        else {
          expect(after.batches).toBe(before.batches + 1);
          // Undo leaves the next run a clean slate; nothing it created stays live.
          await target.call('import.undo', { batchId });
          expect((await target.call('contacts.list', {})).total).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
