import { z } from 'zod';
import { localDateSchema } from './tasks.ts';

/** An amount in one currency, in its integer minor units (cents): never a float, never converted. */
export const moneyAmountSchema = z.object({ currency: z.string().length(3), minor: z.number().int() });
export type MoneyAmount = z.infer<typeof moneyAmountSchema>;
/** Amounts per currency, the shop's currency first, then the others by code. */
const amountsSchema = z.array(moneyAmountSchema);

export const RFM_SEGMENTS = ['champions', 'loyal', 'potentialLoyalist', 'new', 'atRisk', 'cantLose', 'hibernating', 'lost'] as const;
export const rfmSegmentSchema = z.enum(RFM_SEGMENTS);
export type RfmSegment = z.infer<typeof rfmSegmentSchema>;

export const contactRfmSchema = z.object({
  contactId: z.string(),
  recency: z.number().int().min(1).max(5),
  frequency: z.number().int().min(1).max(5),
  monetary: z.number().int().min(1).max(5),
  segment: rfmSegmentSchema,
  computedAt: z.string(),
});
export type ContactRfm = z.infer<typeof contactRfmSchema>;

/** A period of local dates, both ends included. */
export const reportPeriodSchema = z
  .object({ from: localDateSchema, to: localDateSchema })
  .refine((period) => period.from <= period.to, { message: 'The period must start on or before its end', path: ['to'] });

export const newCustomersMonthSchema = z.object({ month: z.string(), count: z.number().int(), contactIds: z.array(z.string()) });
export const salesMonthSchema = z.object({
  month: z.string(),
  orders: z.number().int(),
  amounts: amountsSchema,
  /** The same month a year earlier. */
  previousYear: z.object({ month: z.string(), orders: z.number().int(), amounts: amountsSchema }),
});
export const topCustomerSchema = z.object({
  contactId: z.string(),
  displayName: z.string(),
  /** In the shop's currency, over the period. */
  totalMinor: z.number().int(),
  /** This customer's part of the period's revenue in the shop's currency, 0..1. */
  share: z.number(),
  /** The Pareto line: this customer's share and that of everyone ranked above. */
  cumulativeShare: z.number(),
  /** What they spent in other currencies over the period, beside and never converted. */
  otherAmounts: amountsSchema,
});
export const overdueCustomerSchema = z.object({
  contactId: z.string(),
  displayName: z.string(),
  lastPurchase: z.string(),
  /** The median gap between their purchase days, in days. */
  usualIntervalDays: z.number(),
  daysSince: z.number().int(),
  /** Lifetime value, the shop's currency first. */
  lifetime: amountsSchema,
});
export type NewCustomersMonth = z.infer<typeof newCustomersMonthSchema>;
export type SalesMonth = z.infer<typeof salesMonthSchema>;
export type TopCustomer = z.infer<typeof topCustomerSchema>;
export type OverdueCustomer = z.infer<typeof overdueCustomerSchema>;

export const reportsOverviewSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** The shop's currency (its setting, else the most used one); null before any purchase. */
  currency: z.string().nullable(),
  /** Live purchases in the whole database: 0 means the empty state. */
  purchaseCount: z.number().int(),
  newCustomers: z.array(newCustomersMonthSchema),
  sales: z.array(salesMonthSchema),
  /** The period's revenue in every currency, shop's first. */
  revenue: amountsSchema,
  orders: z.number().int(),
  topCustomers: z.array(topCustomerSchema),
  overdue: z.array(overdueCustomerSchema),
  overdueTotal: z.number().int(),
});
export type ReportsOverview = z.infer<typeof reportsOverviewSchema>;

const todayInput = { today: localDateSchema };

export const REPORT_NAMES = ['newCustomers', 'sales', 'topCustomers', 'overdue'] as const;
export const reportNameSchema = z.enum(REPORT_NAMES);
export type ReportName = z.infer<typeof reportNameSchema>;

export const reportsContract = {
  /**
   * Every report for a period: new customers and sales per month (with the previous year), top 20
   * customers with their share of revenue, and overdue customers as of `today` (most valuable first).
   */
  'reports.overview': {
    input: z.object({ period: reportPeriodSchema, ...todayInput, overdueLimit: z.number().int().min(1).max(1000).default(200) }),
    output: reportsOverviewSchema,
  },
  /** The contacts who bought in a period (a bar of the sales chart): kept out of the overview, a month can hold thousands. */
  'reports.buyers': { input: z.object({ period: reportPeriodSchema }), output: z.object({ contactIds: z.array(z.string()) }) },
  /** Overdue customers as of `today`, most valuable first (Today's list). */
  'reports.overdue': {
    input: z.object({ ...todayInput, limit: z.number().int().min(1).max(1000).default(20) }),
    output: z.object({ items: z.array(overdueCustomerSchema), total: z.number().int() }),
  },
  /** A contact's RFM scores and segment; null for a contact without purchases (or before the first computation). */
  'reports.rfmOf': { input: z.object({ id: z.string().min(1).max(64) }), output: contactRfmSchema.nullable() },
  /**
   * Writes one report of a period as CSV (UTF-8, English headers for scripts, amounts in major
   * units with one column per currency) to a new file in `folder`.
   */
  'reports.exportCsv': {
    input: z.object({ report: reportNameSchema, period: reportPeriodSchema, ...todayInput, folder: z.string().trim().min(1, 'Choose a folder').max(4096) }),
    output: z.object({ path: z.string(), rows: z.number().int() }),
  },
  /** How many customers each RFM segment holds now (segments with none are left out). */
  'reports.segmentCounts': { input: z.object({}).default({}), output: z.array(z.object({ segment: rfmSegmentSchema, count: z.number().int() })) },
  /** Computes every customer's RFM again now (it also runs daily and after a purchases import). */
  'reports.recomputeRfm': { input: z.object({ ...todayInput }), output: z.object({ customers: z.number().int() }) },
} as const;
