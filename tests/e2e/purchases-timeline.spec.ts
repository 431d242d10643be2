import { callCarnet } from './support/carnet-server.ts';
import { expect, test } from './support/carnet-test.ts';

/**
 * Purchases on a contact's timeline in Chromium against `carnet serve`: recorded through the
 * contract (the counter form is the purchase-entry work), shown with the total in the user's
 * locale, what was bought, the reference and an unpaid mark, and filtered by "Purchases".
 * Screenshots at 1280x800 and 1024x700, light and dark.
 */
test.use({ locale: 'en-GB' });

test('shows purchases on the timeline with their total, items and reference, and filters to them', async ({ page, carnet }) => {
  const zoe = (await callCarnet(carnet, 'contacts.create', { firstName: 'Zoë', lastName: 'Martín' })) as { id: string };
  await callCarnet(carnet, 'purchases.add', {
    contactId: zoe.id, purchasedOn: '2026-03-01', currency: 'EUR', reference: 'T-17', paymentStatus: 'unpaid',
    lines: [{ item: 'Coffee beans', quantity: '1,5', unitPrice: 1250 }, { item: 'Filter papers', quantity: 2, unitPrice: 333 }, { item: 'Mug', quantity: 1, unitPrice: 900 }, { item: 'Spoon', quantity: 1, unitPrice: 150 }],
  });
  await callCarnet(carnet, 'purchases.add', { contactId: zoe.id, purchasedOn: '2026-02-10', currency: 'JPY', lines: [{ item: 'Matcha', quantity: 1, unitPrice: 1800 }] });
  await callCarnet(carnet, 'interactions.log', { type: 'call', direction: 'out', occurredAt: '2026-03-02T10:00:00Z', subject: 'Asked about decaf', contactIds: [zoe.id] });
  await page.goto(carnet.url);
  await page.getByRole('listbox', { name: 'Contacts' }).getByRole('option').filter({ hasText: 'Zoë Martín' }).click();

  const timeline = page.getByRole('list', { name: 'Timeline' });
  const entries = timeline.getByRole('listitem');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(1)).toContainText('Purchase');
  await expect(entries.nth(1)).toContainText('€35.91');
  await expect(entries.nth(1)).toContainText('No. T-17');
  await expect(entries.nth(1)).toContainText('Unpaid');
  await expect(entries.nth(1)).toContainText('Coffee beans, Filter papers, Mug and 1 more line');
  await expect(entries.nth(2)).toContainText('¥1,800');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of [[1280, 800], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `test-results/purchases-timeline-${width}-${scheme}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  }

  await page.getByLabel('Show').selectOption({ label: 'Purchases' });
  await expect(entries).toHaveCount(2);
});
