import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { nowIso } from '../clock.ts';
import { listProducts, loadProduct, mergeProducts, renameProduct, suggestProducts } from './product-store.ts';

type ProductMethods = 'products.suggest' | 'products.list' | 'products.rename' | 'products.merge';

/** The product list: suggestions while typing a line, the list screen, rename and merge. */
export function productHandlers(ctx: CoreContext): AreaHandlers<ProductMethods> {
  const { db, reader } = ctx.database;
  return {
    'products.suggest': ({ prefix, limit }) => reader.transaction().execute((trx) => suggestProducts(trx, prefix, limit)),
    'products.list': ({ query, offset, limit }) => reader.transaction().execute((trx) => listProducts(trx, query, offset, limit)),
    'products.rename': async ({ id, name }) => {
      await db.transaction().execute((trx) => renameProduct(trx, id, name, nowIso()));
      return loadProduct(db, id);
    },
    'products.merge': async ({ ids, intoId }) => {
      const result = await db.transaction().execute((trx) => mergeProducts(trx, ids, intoId, nowIso()));
      return { product: await loadProduct(db, intoId), ...result };
    },
  };
}
