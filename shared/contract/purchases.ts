import { z } from 'zod';
import { isKnownCurrency, parseQuantity, totalMinor } from '../domain/money.ts';
import { localDateSchema } from './tasks.ts';

/** What the purchase schemas say about bad input (by path, in `CarnetError.issues`; the CLI prints these). */
export const purchaseMessages = {
  currency: 'Use an ISO 4217 currency code such as EUR, USD or JPY',
  noLines: 'A purchase needs at least one line',
  tooManyLines: (max: number) => `At most ${max} lines in one purchase`,
  itemEmpty: 'Say what was bought',
  quantity: 'Use a quantity above 0 with at most 3 decimals, e.g. 1.5',
  price: 'A unit price is a whole number of minor units (cents): 1250 for 12.50',
  tooLong: (max: number) => `At most ${max.toLocaleString('en')} characters`,
  productName: 'Give the product a name',
  mergeSelf: 'A product cannot be merged into itself',
  totalTooBig: 'This total is too large to be kept exactly',
};
const m = purchaseMessages;

export const MAX_PURCHASE_LINES = 500;
export const MAX_ITEM = 200;
export const MAX_REFERENCE = 100;
export const MAX_PURCHASE_NOTE = 10_000;
/** The largest amount in minor units a line price may have: 10^12 (ten billion euros), far from 2^53. */
export const MAX_UNIT_PRICE_MINOR = 1_000_000_000_000;
/** The largest quantity: a million units (in thousandths), so quantity x price stays exact. */
export const MAX_QUANTITY_MILLI = 1_000_000_000;

const id = z.string().min(1).max(64);

/** An ISO 4217 currency code Intl knows; lower case is read as upper case ("eur" -> "EUR"). */
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => isKnownCurrency(code), m.currency);

export const paymentStatusSchema = z.enum(['paid', 'unpaid']);
export type PaymentStatus = z.infer<typeof paymentStatusSchema>;

/**
 * A quantity as typed ("1,5", "2") or as a JSON number (1.5): read into thousandths, above 0,
 * at most three decimals. The handler receives `quantityMilli`.
 */
export const quantitySchema = z.union([z.string().max(40), z.number()]).transform((value, ctx) => {
  const milli = parseQuantity(value);
  if (milli === null || milli <= 0 || milli > MAX_QUANTITY_MILLI) {
    ctx.addIssue({ code: 'custom', message: m.quantity });
    return z.NEVER;
  }
  return milli;
});

/**
 * One line as a user or a script gives it. The unit price is already in minor units (the form
 * reads "12,50" with `parseAmount` in the purchase's currency); negative prices are discounts
 * and refunds. The line total is worked out by the core, never taken from the caller.
 */
export const purchaseLineInputSchema = z
  .object({
    item: z.string().trim().min(1, m.itemEmpty).max(MAX_ITEM, m.tooLong(MAX_ITEM)),
    quantity: quantitySchema,
    unitPrice: z.number().int(m.price).min(-MAX_UNIT_PRICE_MINOR, m.price).max(MAX_UNIT_PRICE_MINOR, m.price),
  })
  .transform(({ item, quantity, unitPrice }) => ({ item, quantityMilli: quantity, unitPriceMinor: unitPrice }));
export type PurchaseLineInput = z.input<typeof purchaseLineInputSchema>;
export type PurchaseLineFields = z.output<typeof purchaseLineInputSchema>;

/** A purchase as a user or a script gives it: on one live contact (a person or a company). */
export const purchaseInputSchema = z.object({
  contactId: id,
  purchasedOn: localDateSchema,
  currency: currencySchema,
  lines: z.array(purchaseLineInputSchema).min(1, m.noLines).max(MAX_PURCHASE_LINES, m.tooManyLines(MAX_PURCHASE_LINES)),
  reference: z.string().trim().max(MAX_REFERENCE, m.tooLong(MAX_REFERENCE)).default(''),
  paymentStatus: paymentStatusSchema.default('paid'),
  note: z.string().max(MAX_PURCHASE_NOTE, m.tooLong(MAX_PURCHASE_NOTE)).default(''),
}).superRefine((input, ctx) => {
  try {
    totalMinor(input.lines);
  } catch {
    ctx.addIssue({ code: 'custom', path: ['lines'], message: m.totalTooBig });
  }
});
export type PurchaseInput = z.input<typeof purchaseInputSchema>;
export type PurchaseFields = z.output<typeof purchaseInputSchema>;

export const purchaseLineSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  /** The product the line was filed under (null for lines from before a product existed). */
  productId: z.string().nullable(),
  item: z.string(),
  quantityMilli: z.number().int(),
  /** The quantity as exact decimal text ("1.5"). */
  quantity: z.string(),
  unitPriceMinor: z.number().int(),
  lineTotalMinor: z.number().int(),
});
export type PurchaseLine = z.infer<typeof purchaseLineSchema>;

export const purchaseSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  purchasedOn: z.string(),
  currency: z.string(),
  /** The sum of the lines' totals, in minor units of `currency`. */
  totalMinor: z.number().int(),
  reference: z.string(),
  /** Where it came from: 'manual', or the import's source ('shopify', 'woocommerce', 'square', 'csv'). */
  source: z.string(),
  paymentStatus: paymentStatusSchema,
  note: z.string(),
  importBatchId: z.string().nullable(),
  lines: z.array(purchaseLineSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Purchase = z.infer<typeof purchaseSchema>;

/** One currency's figures: amounts in different currencies are never added together. */
export const currencyValueSchema = z.object({
  currency: z.string(),
  /** Sum of the purchases' totals (minor units). */
  lifetimeMinor: z.number().int(),
  orders: z.number().int(),
  /** lifetime / orders, rounded half away from zero to the minor unit. */
  averageBasketMinor: z.number().int(),
});
export type CurrencyValue = z.infer<typeof currencyValueSchema>;

/**
 * A contact's customer value. For a company, its own purchases and its people's. `usualIntervalDays`
 * is the median gap in days between purchase days (several tickets on one day are one visit),
 * null until there are two purchase days.
 */
export const purchaseStatsSchema = z.object({
  contactId: z.string(),
  orders: z.number().int(),
  /** Per currency, the most orders first. */
  values: z.array(currencyValueSchema),
  firstPurchase: z.string().nullable(),
  lastPurchase: z.string().nullable(),
  usualIntervalDays: z.number().nullable(),
});
export type PurchaseStats = z.infer<typeof purchaseStatsSchema>;

export const productSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The last unit price it was sold at by hand, in minor units of `currency` (the form's prefill). */
  unitPriceMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
});
export type Product = z.infer<typeof productSchema>;

export const productListItemSchema = productSchema.extend({
  /** Purchase lines filed under it (live purchases only). */
  lines: z.number().int(),
});
export type ProductListItem = z.infer<typeof productListItemSchema>;

const productName = z.string().trim().min(1, m.productName).max(MAX_ITEM, m.tooLong(MAX_ITEM));
const idInput = z.object({ id });

export const purchasesContract = {
  /** Records a purchase; the first one ever also sets the shop's currency when it is not set yet. */
  'purchases.add': { input: purchaseInputSchema, output: purchaseSchema },
  /** Replaces every field and all lines of a live purchase. */
  'purchases.update': { input: z.object({ id, fields: purchaseInputSchema }), output: purchaseSchema },
  /** Soft delete: `purchases.restore` with the same id is its Undo. */
  'purchases.delete': { input: idInput, output: z.object({ id: z.string(), contactId: z.string() }) },
  /** Brings a deleted purchase back (its contact must be live; a purchase deleted with its contact returns with it). */
  'purchases.restore': { input: idInput, output: purchaseSchema },
  'purchases.get': { input: idInput, output: purchaseSchema },
  /**
   * A contact's purchases, newest first (by date, then by when they were recorded), one page at a
   * time: pass a page's `next` to get the following one (null: no more). A company's list holds
   * its people's purchases too.
   */
  'purchases.list': {
    input: z.object({
      contactId: id,
      cursor: z.string().max(300).nullable().default(null),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    output: z.object({ purchases: z.array(purchaseSchema), next: z.string().nullable() }),
  },
  /** A contact's customer value (see `purchaseStatsSchema`). */
  'purchases.stats': { input: z.object({ contactId: id }), output: purchaseStatsSchema },
  /** Products whose name starts with what is typed (accents and case ignored), for the line's item field. */
  'products.suggest': {
    input: z.object({ prefix: z.string().max(MAX_ITEM), limit: z.number().int().min(1).max(50).default(10) }),
    output: z.array(productSchema),
  },
  /** The product list in name order, filtered by a name part, one page at a time (`offset`). */
  'products.list': {
    input: z.object({
      query: z.string().max(MAX_ITEM).default(''),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({ products: z.array(productListItemSchema), total: z.number().int() }),
  },
  /** Renames a product; a name another product already has is a conflict (merge them instead). Lines keep what was typed. */
  'products.rename': { input: z.object({ id, name: productName }), output: productSchema },
  /**
   * Merges products into `intoId`: their lines are filed under it, and typing their names later
   * finds it. The merged products leave the list.
   */
  'products.merge': {
    input: z.object({ ids: z.array(id).min(1).max(1000), intoId: id }).refine((input) => !input.ids.includes(input.intoId), { message: m.mergeSelf, path: ['ids'] }),
    output: z.object({ product: productSchema, merged: z.number().int(), linesMoved: z.number().int() }),
  },
} as const;
