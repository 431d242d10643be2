import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { nowIso } from '../clock.ts';
import { loadInteraction } from './interaction-query.ts';
import { deleteInteraction, logInteraction, restoreInteraction, updateInteraction } from './interaction-store.ts';

type InteractionMethods = 'interactions.log' | 'interactions.update' | 'interactions.delete' | 'interactions.restore' | 'interactions.get';

/**
 * Interactions: every write in one transaction with the last-contacted dates it moves, then one
 * `contacts.changed` event naming the contacts and companies whose timelines changed (the list
 * shows last-contacted, so it refreshes too).
 */
export function interactionHandlers(ctx: CoreContext): AreaHandlers<InteractionMethods> {
  const { db, reader } = ctx.database;
  const changed = (ids: readonly string[]) => {
    if (ids.length > 0) ctx.emit({ type: 'contacts.changed', ids: [...ids] });
  };

  return {
    'interactions.log': async (fields) => {
      const { id, touched } = await db.transaction().execute((trx) => logInteraction(trx, fields, nowIso()));
      changed(touched);
      return loadInteraction(db, id);
    },

    'interactions.update': async ({ id, fields }) => {
      const touched = await db.transaction().execute((trx) => updateInteraction(trx, id, fields, nowIso()));
      changed(touched);
      return loadInteraction(db, id);
    },

    'interactions.delete': async ({ id }) => {
      const { contactIds, touched } = await db.transaction().execute((trx) => deleteInteraction(trx, id, nowIso()));
      changed(touched);
      return { id, contactIds };
    },

    'interactions.restore': async ({ id }) => {
      const touched = await db.transaction().execute((trx) => restoreInteraction(trx, id, nowIso()));
      changed(touched);
      return loadInteraction(db, id);
    },

    'interactions.get': ({ id }) => reader.transaction().execute((trx) => loadInteraction(trx, id)),
  };
}
