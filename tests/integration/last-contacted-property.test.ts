import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { CONTACTING_TYPES, INTERACTION_TYPES, type InteractionType } from '../../shared/domain/interaction-types.ts';
import { openTempCore } from '../helpers/temp-core.ts';

let core: Core;
let cleanup: () => Promise<void>;
let people: string[];
beforeAll(async () => {
  ({ core, cleanup } = await openTempCore());
  people = [];
  for (const name of ['Ana', 'Bruno', 'Chloé']) people.push((await core.call('contacts.create', { firstName: name })).id);
});
afterAll(async () => cleanup());

type Step =
  | { kind: 'log'; type: InteractionType; hoursFromNow: number; who: number[] }
  | { kind: 'delete'; pick: number }
  | { kind: 'restore'; pick: number }
  | { kind: 'update'; pick: number; type: InteractionType; hoursFromNow: number; who: number[] };

const who = fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 3 });
const hours = fc.integer({ min: -500, max: 48 });
const type = fc.constantFrom(...INTERACTION_TYPES);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('log' as const), type, hoursFromNow: hours, who }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), type, hoursFromNow: hours, who }),
);

interface Modelled {
  id: string;
  type: InteractionType;
  at: string;
  who: number[];
  deleted: boolean;
}

describe('last contacted', () => {
  it('is always the latest counted, live, past interaction of each person, whatever is logged, edited, deleted or restored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        // Each run starts from a clean slate: the earlier runs' interactions are deleted for good.
        core.context.database.sqlite.exec('DELETE FROM interactions; UPDATE contacts SET last_contacted_at = NULL');
        const model: Modelled[] = [];
        const at = (hoursFromNow: number) => new Date(Math.round(Date.now() / 1000) * 1000 + hoursFromNow * 3_600_000).toISOString();
        for (const s of steps) {
          if (s.kind === 'log') {
            const logged = await core.call('interactions.log', { type: s.type, occurredAt: at(s.hoursFromNow), contactIds: s.who.map((i) => people[i]!) });
            model.push({ id: logged.id, type: s.type, at: logged.occurredAt, who: s.who, deleted: false });
          } else if (model.length > 0) {
            const target = model[s.pick % model.length]!;
            if (s.kind === 'delete' && !target.deleted) {
              await core.call('interactions.delete', { id: target.id });
              target.deleted = true;
            } else if (s.kind === 'restore' && target.deleted) {
              await core.call('interactions.restore', { id: target.id });
              target.deleted = false;
            } else if (s.kind === 'update' && !target.deleted) {
              const updated = await core.call('interactions.update', { id: target.id, fields: { type: s.type, occurredAt: at(s.hoursFromNow), contactIds: s.who.map((i) => people[i]!) } });
              Object.assign(target, { type: s.type, at: updated.occurredAt, who: s.who });
            }
          }
        }
        const now = new Date().toISOString();
        for (const [index, id] of people.entries()) {
          const expected = model
            .filter((entry) => !entry.deleted && entry.who.includes(index) && CONTACTING_TYPES.has(entry.type) && entry.at <= now)
            .map((entry) => entry.at)
            .sort()
            .pop() ?? null;
          expect((await core.call('contacts.get', { id })).lastContactedAt).toBe(expected);
        }
      }),
      { numRuns: 40 },
    );
  });
});
