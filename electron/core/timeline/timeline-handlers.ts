import { CarnetError } from '../../../shared/errors.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { timelinePage } from './timeline.ts';

export function timelineHandlers(ctx: CoreContext): AreaHandlers<'timeline.page'> {
  const { reader } = ctx.database;
  return {
    // One read snapshot: the page's entries and the contacts they name agree.
    'timeline.page': ({ contactId, cursor, limit, kinds }) =>
      reader.transaction().execute(async (trx) => {
        const contact = await trx.selectFrom('contacts').select(['id', 'kind']).where('id', '=', contactId).where('deleted_at', 'is', null).executeTakeFirst();
        if (!contact) throw new CarnetError('not_found', `No contact with id ${contactId}`);
        return timelinePage(trx, contact, { cursor, limit, kinds });
      }),
  };
}
