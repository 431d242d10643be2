import type { SALES_FIELDS, SalesLayout, SalesOrderStatus } from '../../../shared/contract/import.ts';
import { localized } from '../../i18n/translate.ts';
import { importText as t } from './strings.ts';

type SalesField = (typeof SALES_FIELDS)[number];

/** The Import wizard's words for sales files (messages/<language>.ts, keys "sales.*"). */
export const salesStrings = localized(() => ({
  found: (platform: SalesLayout['platform'], orders: number) => t('sales.found', { platform: t(`sales.platform.${platform}`), orders }),
  contactsFound: t('sales.contactsFound'),
  readAs: t('sales.readAs'),
  kinds: { contacts: t('sales.kind.contacts'), purchases: t('sales.kind.purchases') },
  columnsFound: t('sales.columnsFound'),
  fieldColumn: (field: SalesField, column: string) => t('sales.fieldColumn', { field: t(`sales.field.${field}`), column }),
  previewTitle: t('sales.previewTitle'),
  previewIntro: t('sales.previewIntro'),
  unknownCustomers: t('sales.unknownCustomers'),
  unknownChoices: { skip: t('sales.unknown.skip'), create: t('sales.unknown.create') },
  statuses: {
    new: t('sales.status.new'),
    already: t('sales.status.already'),
    unknownCustomer: t('sales.status.unknownCustomer'),
    cancelled: t('sales.status.cancelled'),
    error: t('sales.status.error'),
  } satisfies Record<SalesOrderStatus, string>,
  order: t('sales.order'),
  date: t('sales.date'),
  customer: t('sales.customer'),
  lines: t('sales.lines'),
  total: t('sales.total'),
  what: t('sales.what'),
  noReference: t('sales.noReference'),
  matched: (by: 'email' | 'phone' | 'name') => t('sales.matched', { by }),
  newCustomer: t('sales.newCustomer'),
  willImport: t('sales.willImport'),
  unpaid: t('sales.unpaid'),
  ordersLabel: t('sales.ordersLabel'),
  importButton: (n: number) => t('sales.importButton', { n }),
  nothingToImport: t('sales.nothingToImport'),
  summary: (c: { purchases: number; customers: number; already: number; skipped: number; errors: number }) => t('sales.summary', c),
  skippedTitle: t('sales.skippedTitle'),
  skippedRow: (line: number, reference: string, name: string, reason: string) => t('sales.skippedRow', { line, reference, name, reason }),
  undone: (purchases: number, customers: number) => t('sales.undone', { purchases, customers }),
  historyPurchases: (n: number) => t('sales.historyPurchases', { n }),
}));
