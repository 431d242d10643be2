import type { Locator, Page } from '@playwright/test';
import { localDateOf } from '../../shared/domain/local-date.ts';
import { callCarnet } from './support/carnet-server.ts';
import { expect, test } from './support/carnet-test.ts';

/**
 * The proof in Chromium against `carnet serve`: a purchase recorded with the keyboard only
 * (Alt+2, / and the name, Enter opens the contact, P, item, Tab, quantity, Tab, price, Enter)
 * changes the customer value panel to the exact amount, shows on the contact's timeline, and
 * changes Reports (Alt+8): this month's new customers, sales and top customers; a change made
 * elsewhere while Reports is open shows there too.
 */
test.use({ locale: 'en-GB' });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const thisMonth = (page: Page, table: string) =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(monthName()) }) });

/**
 * A figure of the customer value panel: the definition (dd) beside its term (dt). ARIA forbids
 * naming either role, so the term's text finds the pair.
 */
const figure = (panel: Locator, term: string) => panel.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=..').getByRole('definition');

/** 'December 2026' for the month of today (the app's and the test's clocks are the same machine's). */
function monthName(): string {
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(new Date());
}

test('a purchase typed at the counter changes the value panel, the timeline and the reports', async ({ page, carnet }) => {
  const today = localDateOf(new Date());
  await callCarnet(carnet, 'settings.update', { shopCurrency: 'EUR' });
  const ben = (await callCarnet(carnet, 'contacts.create', { firstName: 'Ben', lastName: 'Cohen' })) as { id: string };
  const zoe = (await callCarnet(carnet, 'contacts.create', { firstName: 'Zoë', lastName: 'Martín' })) as { id: string };
  await callCarnet(carnet, 'purchases.add', { contactId: ben.id, purchasedOn: today, currency: 'EUR', lines: [{ item: 'Tea', quantity: 1, unitPrice: 2000 }] });
  await page.goto(carnet.url);
  await expect(nav(page)).toBeVisible();

  // Before: one new customer this month, €20.00 of sales, Ben alone at the top.
  await page.keyboard.press('Alt+8');
  await expect(nav(page).getByRole('button', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
  await expect(thisMonth(page, 'New customers per month').getByRole('cell')).toHaveText('1');
  await expect(thisMonth(page, 'Sales per month').getByRole('cell').nth(0)).toHaveText('1');
  await expect(thisMonth(page, 'Sales per month').getByRole('cell').nth(1)).toHaveText('€20.00');
  const top = page.getByRole('table', { name: 'Top 20 customers' });
  await expect(top.getByRole('rowheader')).toHaveText(['Ben Cohen']);

  // Zoë, found and opened from the keyboard.
  await page.keyboard.press('Alt+2');
  await expect(nav(page).getByRole('button', { name: 'Contacts' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('Zoë');
  await expect(page.getByRole('listbox', { name: 'Contacts' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Zoë Martín' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Purchases' });
  await expect(panel.getByText('No purchase yet')).toBeVisible();

  // P, item, Tab, quantity, Tab, price, Enter.
  await page.keyboard.press('p');
  const dialog = page.getByRole('dialog', { name: 'Purchase by Zoë Martín' });
  await expect(dialog.getByLabel('Item, line 1')).toBeFocused();
  await expect(dialog.getByLabel('Date')).toHaveValue(today);
  await page.keyboard.type('Coffee beans');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Quantity, line 1')).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Unit price, line 1')).toBeFocused();
  await page.keyboard.type('12.50');
  await expect(dialog.getByRole('status', { name: 'Total', exact: true })).toHaveText('€37.50');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Purchase saved' })).toContainText('€37.50');

  // The panel: exactly the amount, one order.
  await expect(figure(panel, 'Lifetime value')).toHaveText('€37.50');
  await expect(figure(panel, 'Orders')).toHaveText('1');
  await expect(figure(panel, 'Average basket')).toHaveText('€37.50');
  // The keyboard is not lost: still on Zoë's page, where P opens the form again.
  expect(await page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true);
  await page.keyboard.press('p');
  await expect(dialog.getByLabel('Item, line 1')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The timeline.
  const purchaseEntry = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Purchase' });
  await expect(purchaseEntry).toHaveCount(1);
  await expect(purchaseEntry).toContainText('€37.50');
  await expect(purchaseEntry).toContainText('Coffee beans');

  // After: two new customers this month, €57.50 of sales over two orders, Zoë first at the top.
  await page.keyboard.press('Alt+8');
  await expect(nav(page).getByRole('button', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
  await expect(thisMonth(page, 'New customers per month').getByRole('cell')).toHaveText('2');
  await expect(thisMonth(page, 'Sales per month').getByRole('cell').nth(0)).toHaveText('2');
  await expect(thisMonth(page, 'Sales per month').getByRole('cell').nth(1)).toHaveText('€57.50');
  await expect(top.getByRole('rowheader')).toHaveText(['Zoë Martín', 'Ben Cohen']);
  await expect(top.getByRole('row').filter({ hasText: 'Zoë Martín' })).toContainText('€37.50');
  await expect(page.getByText(/^Revenue: /)).toContainText('€57.50');

  // Deleted elsewhere (another window, the CLI): the open Reports screen follows.
  const zoePurchases = (await callCarnet(carnet, 'purchases.list', { contactId: zoe.id })) as { purchases: { id: string }[] };
  await callCarnet(carnet, 'purchases.delete', { id: zoePurchases.purchases[0]!.id });
  await expect(thisMonth(page, 'Sales per month').getByRole('cell').nth(1)).toHaveText('€20.00');
  await expect(top.getByRole('rowheader')).toHaveText(['Ben Cohen']);
  await callCarnet(carnet, 'purchases.restore', { id: zoePurchases.purchases[0]!.id });
  await expect(top.getByRole('rowheader')).toHaveText(['Zoë Martín', 'Ben Cohen']);

  // The month's new customers are Ben and Zoë.
  await thisMonth(page, 'New customers per month').getByRole('button', { name: /^Show the 2 customers of/ }).click();
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list).toContainText('Zoë Martín');
  await expect(list).toContainText('Ben Cohen');
});
