// @vitest-environment jsdom
import { localToday } from '../../../renderer/stores/today-store.ts';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { App } from '../../../renderer/app/App.tsx';
import { ALL_CATALOGS } from '../../../renderer/i18n/all-catalogs.ts';
import { currentLocale } from '../../../renderer/i18n/locale-store.ts';
import { backupStrings } from '../../../renderer/features/backup/strings.ts';
import { contactPanelStores } from '../../../renderer/stores/contact-panel-store.ts';
import { useNavigation, type Place } from '../../../renderer/stores/navigation-store.ts';
import { useSettings } from '../../../renderer/stores/settings-store.ts';
import { useQuickLog } from '../../../renderer/stores/quick-log-store.ts';
import { useReminderBanner } from '../../../renderer/stores/reminder-store.ts';
import type { BackupEntry } from '../../../shared/contract/backup.ts';
import type { Task } from '../../../shared/contract/tasks.ts';
import type { Purchase } from '../../../shared/contract/purchases.ts';
import type { Today } from '../../../shared/contract/today.ts';
import type { ReportsOverview } from '../../../shared/contract/reports.ts';
import { addDays } from '../../../shared/domain/local-date.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import { usePseudoLocale } from '../../helpers/pseudo-locale.ts';
import { contact, fakeClient, summary } from './fake-client.ts';

/**
 * Each main screen rendered in the pseudo-locale (every catalog accented and 40% longer) must show
 * no English word taken from the English catalogs: one that does comes from a string left
 * hard-coded in a component instead of its feature's catalog.
 */

/** Words the product shows as they are in every language (names of things, formats). */
const ALLOWED_WORDS = new Set(['carnet', 'csv', 'vcard', 'json', 'excel', 'libreoffice', 'sqlite', 'google', 'outlook', 'apple', 'icloud']);

/** The data the fake core returns, shown as it is: removed from the text before the check. */
const SEEDED = {
  contactName: 'François Lefèvre',
  company: 'Atelier Lumière',
  email: 'francois@atelier.example',
  folder: '/media/usb',
  backupName: 'carnet-backup-2026-11-24_10-40-12Z.carnetbackup',
  autoName: 'carnet-auto-2026-11-25_08-00-00Z.carnetbackup',
  autoFolder: '/data/backups',
  dataDir: '/data',
  databasePath: '/data/carnet.sqlite',
  taskTitle: 'Relancer Zoé',
  salesFile: 'ventes.csv',
  productName: 'Café moulu',
  otherProduct: 'Thé vert',
  reference: 'T-0042',
};

function literalWords(elements: MessageFormatElement[], into: Set<string>): void {
  for (const element of elements) {
    if (element.type === TYPE.literal) for (const word of element.value.split(/[^\p{L}]+/u)) if (/^[A-Za-z]{3,}$/.test(word)) into.add(word.toLowerCase());
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) literalWords(option.value, into);
    if (element.type === TYPE.tag) literalWords(element.children, into);
  }
}

/** Every English word (3 letters or more) of every registered English catalog, minus the allowed ones. */
function englishWords(): Set<string> {
  const words = new Set<string>();
  for (const catalogs of Object.values(ALL_CATALOGS)) for (const text of Object.values(catalogs.en)) literalWords(parse(text), words);
  for (const allowed of ALLOWED_WORDS) words.delete(allowed);
  return words;
}

/** What a user sees or hears: text content, and the labels, placeholders and titles of elements. */
function shownText(): string[] {
  const parts = [document.title, document.body.textContent ?? ''];
  for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt], [aria-valuetext]')) {
    for (const attribute of ['aria-label', 'placeholder', 'title', 'alt', 'aria-valuetext']) {
      const value = element.getAttribute(attribute);
      if (value) parts.push(value);
    }
  }
  // Longest first, so "Papua New Guinea" goes before "Guinea" could leave "Papua New".
  const shownAsIs = [...Object.values(SEEDED), ...countryNames(), ...currencyNames(), ...relativeTimes()].sort((a, b) => b.length - a.length);
  return parts.map((part) => shownAsIs.reduce((text, data) => text.split(data).join(' '), part));
}

/** "3 days ago", "in 2 hours" (timeline, last contacted) come from Intl in the formatting locale, not from a catalog. */
function relativeTimes(): string[] {
  const format = new Intl.RelativeTimeFormat([currentLocale()], { numeric: 'auto' });
  const units = ['minute', 'hour', 'day', 'month', 'year'] as const;
  return units.flatMap((unit) => Array.from({ length: 121 }, (_, i) => format.format(i - 60, unit)));
}

/** Country names come from Intl in the formatting locale (English here), not from a catalog. */
function countryNames(): string[] {
  const names = new Intl.DisplayNames([currentLocale()], { type: 'region' });
  const codes = [...document.querySelectorAll('option')].map((option) => option.value).filter((value) => /^[A-Z]{2}$/.test(value));
  return codes.map((code) => names.of(code) ?? code);
}

/** Currency names come from Intl in the formatting locale (the shop currency menus), not from a catalog. */
function currencyNames(): string[] {
  const names = new Intl.DisplayNames([currentLocale()], { type: 'currency' });
  const codes = [...document.querySelectorAll('option')].map((option) => option.value).filter((value) => /^[A-Z]{3}$/.test(value));
  return codes.map((code) => `${names.of(code) ?? code} (${code})`);
}

/** The English catalog words on screen, each with a little of the text around it. */
function englishOnScreen(words: Set<string>): string[] {
  const found: string[] = [];
  for (const text of shownText()) {
    for (const match of text.matchAll(/\p{L}+/gu)) {
      if (words.has(match[0].toLowerCase())) found.push(`"${match[0]}" in …${text.slice(Math.max(0, match.index - 30), match.index + 30).replace(/\s+/g, ' ')}…`);
    }
  }
  return found;
}

function backup(name: string, folder: string): BackupEntry {
  return {
    path: `${folder}/${name}`, fileName: name, bytes: 150_000, kind: 'manual', createdAt: '2026-11-24T10:40:12.000Z', appVersion: '0.1.0', schemaVersion: 4,
    encrypted: true, counts: { contacts: 12, companies: 1, tags: 2, notes: 3, interactions: 0, tasks: 0, purchases: 0 }, problem: null,
  };
}

function seededTask(id: string, dueDate: string, dueTime: string | null): Task {
  return {
    id, title: SEEDED.taskTitle, dueDate, dueTime, contactId: 'id-1', contactName: SEEDED.contactName, notes: '', repeat: 'FREQ=MONTHLY;BYDAY=-1FR',
    repeatOf: null, doneAt: null, createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z',
  };
}

function seededPurchase(id: string, paymentStatus: 'paid' | 'unpaid'): Purchase {
  return {
    id, contactId: 'id-1', purchasedOn: '2026-11-20', currency: 'EUR', totalMinor: 1500, reference: SEEDED.reference, source: 'manual', paymentStatus, note: '', importBatchId: null,
    lines: [{ id: `${id}-l`, position: 0, productId: 'pr-1', item: SEEDED.productName, quantityMilli: 1500, quantity: '1.5', unitPriceMinor: 1000, lineTotalMinor: 1500 }],
    createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z',
  };
}

/** A Today with every section showing: overdue, due today, keep in touch (one never contacted), birthdays, next days. */
function seededToday(): Today {
  const today = localToday();
  const person = { contactId: 'id-1', displayName: SEEDED.contactName, frequency: '1m' as const };
  return {
    today,
    overdue: { items: [seededTask('t-1', addDays(today, -3), null)], total: 3 },
    dueToday: { items: [seededTask('t-2', today, '09:30')], total: 1 },
    keepInTouch: { items: [{ ...person, lastContactedAt: null, due: today }, { ...person, contactId: 'id-2', lastContactedAt: '2026-10-01T10:00:00.000Z', due: today }], total: 2 },
    birthdays: [{ contactId: 'id-1', displayName: SEEDED.contactName, birthday: '1980-01-01', date: today, inDays: 0, turns: 46 }],
    next: { tasks: { items: [seededTask('t-3', addDays(today, 2), null)], total: 1 }, keepInTouch: { items: [{ ...person, lastContactedAt: null, due: addDays(today, 3) }], total: 1 } },
    count: 7,
  };
}

/** Every report with rows, two currencies and an overdue customer, so each of their words is checked. */
function seededReport(): ReportsOverview {
  // Codes no catalog holds as a word ('EUR' is in the import messages' examples).
  const amounts = [{ currency: 'CHF', minor: 12_345 }, { currency: 'SEK', minor: 500 }];
  return {
    from: '2026-10-01',
    to: '2026-11-30',
    currency: 'CHF',
    purchaseCount: 4,
    newCustomers: [{ month: '2026-10', count: 1, contactIds: ['id-1'] }, { month: '2026-11', count: 0, contactIds: [] }],
    sales: [{ month: '2026-10', orders: 2, amounts, previousYear: { month: '2025-10', orders: 1, amounts: [amounts[0]!] } }],
    revenue: amounts,
    orders: 2,
    topCustomers: [{ contactId: 'id-1', displayName: SEEDED.contactName, totalMinor: 12_345, share: 1, cumulativeShare: 1, otherAmounts: [amounts[1]!] }],
    overdue: [{ contactId: 'id-1', displayName: SEEDED.contactName, lastPurchase: '2026-09-01', usualIntervalDays: 14, daysSince: 90, lifetime: amounts }],
    overdueTotal: 3,
  };
}

function core() {
  const person = summary(1, { id: 'id-1', displayName: SEEDED.contactName, company: SEEDED.company, primaryEmail: SEEDED.email });
  return fakeClient({
    'settings.get': () => ({ defaultCountry: 'FR', countryConfirmed: true, language: 'en', notificationTime: '09:00', lastOpenedDay: localToday() }),
    'app.info': () => ({ version: '0.1.0', dataDir: SEEDED.dataDir, databasePath: SEEDED.databasePath, schemaVersion: 4, contactCount: 1 }),
    'contacts.list': () => ({ total: 1, items: [person], people: 1, companies: 0 }),
    'contacts.get': () => contact({ displayName: SEEDED.contactName, firstName: 'François', lastName: 'Lefèvre', company: SEEDED.company, emails: [{ label: 'work', value: SEEDED.email }] } as never),
    'contacts.birthdays': () => [],
    'today.get': () => seededToday(),
    'tasks.list': () => ({ items: [seededTask('t-9', '2026-11-20', null)], total: 1 }),
    'contacts.keepInTouch': () => ({ contactId: 'id-1', frequency: '1m', since: '2026-10-01', lastContactedAt: null, nextDue: '2026-11-01' }),
    'companies.suggest': () => [],
    // A customer with two purchases (one unpaid) and a product, so the purchase screens' words are checked too.
    'purchases.stats': () => ({ contactId: 'id-1', orders: 2, values: [{ currency: 'EUR', lifetimeMinor: 3000, orders: 2, averageBasketMinor: 1500 }], firstPurchase: '2026-11-06', lastPurchase: '2026-11-20', usualIntervalDays: 14 }),
    'purchases.list': () => ({ purchases: [seededPurchase('p-1', 'unpaid'), seededPurchase('p-2', 'paid')], next: 'more' }),
    'products.suggest': () => [],
    'products.list': () => ({ products: [{ id: 'pr-1', name: SEEDED.productName, unitPriceMinor: 450, currency: 'EUR', lines: 3 }, { id: 'pr-2', name: SEEDED.otherProduct, unitPriceMinor: null, currency: null, lines: 1 }], total: 2 }),
    // A timeline with every kind of entry, so its words are checked too.
    'timeline.page': () => ({
      entries: [
        { source: 'interaction', at: '2026-11-20T10:00:00.000Z', interaction: { id: 'i-1', type: 'call', direction: 'out', occurredAt: '2026-11-20T10:00:00.000Z', minutes: 12, subject: SEEDED.company, body: '', contacts: [{ id: 'id-1', displayName: SEEDED.contactName, kind: 'person' }, { id: 'id-2', displayName: SEEDED.company, kind: 'company' }], createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z' } },
        { source: 'task', at: '2026-11-19T10:00:00.000Z', task: { id: 't-1', title: SEEDED.company, notes: '', dueDate: null, dueTime: null, doneAt: '2026-11-19T10:00:00.000Z', contactId: 'id-1' } },
        { source: 'purchase', at: '2026-11-18T12:00:00.000Z', purchase: { id: 'p-1', contactId: 'id-1', purchasedOn: '2026-11-18', currency: 'EUR', totalMinor: 2541, reference: 'T-17', paymentStatus: 'unpaid', items: [SEEDED.company], lineCount: 4 } },
      ],
      next: 'more',
    }),
    'reports.overview': () => seededReport(),
    'reports.overdue': () => ({ items: seededReport().overdue, total: 3 }),
    'reports.segmentCounts': () => [{ segment: 'loyal', count: 1 }],
    'reports.rfmOf': () => ({ contactId: 'id-1', recency: 4, frequency: 5, monetary: 3, segment: 'loyal', computedAt: '2026-11-20T10:00:00.000Z' }),
    'import.formats': () => [{ format: 'csv', label: 'CSV', extensions: ['.csv'] }],
    'import.list': () => [],
    'import.mappings.list': () => [],
    'import.discard': () => ({ ok: true }),
    // A sales file: its orders in every state, so the sales words of the wizard are checked too.
    'import.analyze': () => ({
      sourceId: 'src', format: 'csv', formatLabel: 'CSV', fileName: SEEDED.salesFile, encoding: 'utf-8', notes: [], recordCount: 4, presets: [], encodings: [],
      table: { delimiter: ',', preset: { id: 'spreadsheet', label: 'Spreadsheet' }, hasHeader: true, headerLine: 1, columns: [], dateOrder: { detected: null, ambiguous: false, examples: [] } },
      kind: 'purchases', detectedKind: 'purchases', sales: { platform: 'shopify', columns: { reference: SEEDED.company }, orderCount: 4 },
    }),
    'import.preview': () => {
      const order = { line: 2, status: 'new' as const, action: 'create' as const, reference: SEEDED.company, date: '2024-03-02', currency: 'EUR', totalMinor: 2700, lineCount: 2, customerName: SEEDED.contactName, matchedBy: 'email' as const, customerAction: 'match' as const, message: '', said: null, paymentStatus: 'paid' as const, warnings: [] };
      return {
        counts: { new: 0, update: 0, already: 0, duplicate: 0, error: 0 }, actions: { create: 0, update: 0, skip: 0 }, total: 0, rows: [], dateQuestion: { examples: ['03/04/2024'] }, notes: [],
        sales: {
          counts: { new: 1, already: 1, unknownCustomer: 1, cancelled: 1, error: 1 }, total: 5, toImport: 2, customersToCreate: 1,
          orders: [
            order,
            { ...order, line: 3, status: 'already' as const, action: 'skip' as const, said: coreMessage('import.sales.already') },
            { ...order, line: 4, reference: '', status: 'unknownCustomer' as const, customerAction: 'create' as const, matchedBy: null, said: coreMessage('import.sales.customerCreated') },
            { ...order, line: 6, status: 'cancelled' as const, action: 'skip' as const, said: coreMessage('import.sales.notASale', { status: 'voided' }) },
            { ...order, line: 7, paymentStatus: 'unpaid' as const, warnings: [coreMessage('import.sales.totalDiffers', { lines: '27.00', total: '31.90', currency: 'SEK' })] },
            { ...order, line: 5, status: 'error' as const, action: 'skip' as const, said: coreMessage('import.sales.lineError', { line: 6, reason: coreMessage('import.sales.noDate') }) },
          ],
        },
      };
    },
    'backup.status': () => ({
      folder: SEEDED.folder,
      last: { path: `${SEEDED.folder}/${SEEDED.backupName}`, folder: SEEDED.folder, createdAt: '2026-11-24T10:40:12.000Z', bytes: 150_000, encrypted: true },
      autoFolder: SEEDED.autoFolder,
      undo: { restoredAt: '2026-11-25T09:00:00.000Z', restoredFrom: SEEDED.backupName },
    }) as never,
    'backup.list': ({ folder }) => ({ folder, backups: [backup(SEEDED.backupName, folder)] }),
    'backup.listAuto': () => ({ folder: SEEDED.autoFolder, backups: [{ ...backup(SEEDED.autoName, SEEDED.autoFolder), kind: 'auto', encrypted: false }] }),
  });
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function open(place: Place) {
  useNavigation.setState({ place });
  render(<App client={core()} />);
  await settle();
  await settle();
}

interface ScreenCheck {
  name: string;
  /** False while its feature still has English in strings.ts: flip once its catalogs are registered in all-catalogs.ts. */
  converted: boolean;
  show(): Promise<void>;
}

/** The screens checked, and how each is brought up with its less common parts showing. */
const SCREENS: ScreenCheck[] = [
  {
    name: 'Backup (folder with a backup, automatic snapshots, Undo restore, passphrase, restore confirmation)',
    converted: true,
    async show() {
      await open('backup');
      fireEvent.click(screen.getByRole('checkbox'));
      for (const restore of screen.getAllByRole('button', { name: backupStrings.restore })) fireEvent.click(restore);
      await settle();
      expect(screen.getAllByText(SEEDED.backupName).length).toBeGreaterThan(0);
      expect(document.querySelectorAll('.backup-confirm').length).toBeGreaterThan(0);
    },
  },
  {
    name: 'Settings',
    converted: true,
    async show() {
      await open('settings');
      expect(screen.getByText(SEEDED.databasePath)).toBeTruthy();
    },
  },
  {
    name: 'Today',
    converted: true,
    async show() {
      await open('today');
      expect(screen.getAllByText(SEEDED.taskTitle).length).toBe(3);
      // The snooze choices, an edit form (with a rule from the CLI) and a reminder banner too.
      fireEvent.keyDown(screen.getAllByRole('listitem', { name: SEEDED.taskTitle })[0]!, { key: 's', code: 'KeyS' });
      fireEvent.keyDown(screen.getAllByRole('listitem', { name: SEEDED.taskTitle })[1]!, { key: 'e', code: 'KeyE' });
      act(() => useReminderBanner.getState().show('Carnet', '1'));
      await settle();
      expect(document.querySelector('.snooze-menu')).toBeTruthy();
    },
  },
  {
    name: 'Reports (every report, the period picker, a report with more overdue customers than shown)',
    converted: true,
    async show() {
      await open('reports');
      expect(screen.getAllByText(SEEDED.contactName).length).toBeGreaterThan(0);
    },
  },
  {
    name: 'Contacts, with a contact open',
    converted: true,
    async show() {
      await open('contacts');
      fireEvent.click(screen.getByRole('option', { name: new RegExp(SEEDED.contactName) }));
      await settle();
      expect(screen.getByRole('heading', { name: SEEDED.contactName })).toBeTruthy();
    },
  },
  {
    name: 'the quick-log form (L on a contact), sorted by last contact',
    converted: true,
    async show() {
      await open('contacts');
      fireEvent.click(screen.getAllByRole('radio')[1]!);
      await settle();
      fireEvent.click(screen.getByRole('option', { name: new RegExp(SEEDED.contactName) }));
      await settle();
      fireEvent.keyDown(window, { key: 'l', code: 'KeyL' });
      await settle();
      expect(screen.getByRole('dialog')).toBeTruthy();
    },
  },
  {
    name: 'the purchase form (P on a contact), asking the shop currency, with an error by a line',
    converted: true,
    async show() {
      await open('contacts');
      fireEvent.click(screen.getByRole('option', { name: new RegExp(SEEDED.contactName) }));
      await settle();
      fireEvent.keyDown(window, { key: 'p', code: 'KeyP' });
      await settle();
      const dialog = screen.getByRole('dialog');
      fireEvent.click(within(dialog).getAllByRole('button')[0]!);
      const price = dialog.querySelectorAll('input[inputmode="decimal"]')[1]!;
      fireEvent.change(price, { target: { value: '1,2345' } });
      fireEvent.keyDown(price, { key: 'Enter' });
      await settle();
      expect(dialog.querySelector('.field-error')).toBeTruthy();
    },
  },
  {
    name: 'the products dialog with a merge to confirm',
    converted: true,
    async show() {
      await open('settings');
      fireEvent.click(document.querySelector('#settings-shop-currency')!.closest('section')!.querySelector('.dialog-actions button')!);
      await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
      const merge = document.querySelector('.product-row select')!;
      fireEvent.change(merge, { target: { value: 'pr-2' } });
      await settle();
      expect(screen.getByRole('alertdialog')).toBeTruthy();
    },
  },
  {
    name: 'Import',
    converted: true,
    async show() {
      await open('import');
    },
  },
  {
    name: 'Import, a sales file: what was found, its orders in every state, the date question',
    converted: true,
    async show() {
      await open('import');
      fireEvent.drop(screen.getByTestId('import-drop'), { dataTransfer: { files: [new File(['a,b\n'], SEEDED.salesFile, { type: 'text/csv' })] } });
      await settle();
      await settle();
      expect(document.querySelectorAll('.import-table tbody tr')).toHaveLength(6);
    },
  },
];

// jsdom lays nothing out: give scrollers a size so the virtual contact list renders its rows.
const sizes = ['clientHeight', 'clientWidth'] as const;

describe('the pseudo-locale', () => {
  const words = englishWords();
  beforeAll(() => {
    usePseudoLocale();
    for (const size of sizes) Object.defineProperty(HTMLElement.prototype, size, { configurable: true, get: () => (size === 'clientHeight' ? 600 : 320) });
  });
  afterAll(() => {
    usePseudoLocale(false);
    for (const size of sizes) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[size];
  });
  beforeEach(() => {
    useSettings.setState({ settings: null, status: 'idle', error: null });
    contactPanelStores.person.setState({ selectedId: null, mode: 'view' });
    useQuickLog.setState({ request: null });
  });
  afterEach(cleanup);

  it('is made from the catalogs: the sidebar reads accented', async () => {
    await open('settings');
    const nav = screen.getByRole('navigation');
    expect(nav.textContent).toContain('[Šéţţîñĝš');
    expect(englishOnScreen(words)).toEqual([]);
  });

  for (const check of SCREENS) {
    // Screens whose feature is not converted yet still speak English: listed, and flipped on once converted.
    (check.converted ? it : it.todo)(`shows no English catalog word on ${check.name}`, async () => {
      await check.show();
      expect(englishOnScreen(words)).toEqual([]);
    });
  }
});
