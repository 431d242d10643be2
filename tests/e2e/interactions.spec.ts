import type { Page } from '@playwright/test';
import { callCarnet } from './support/carnet-server.ts';
import { expect, test } from './support/carnet-test.ts';

/**
 * Interactions in Chromium against `carnet serve`: a call logged from the keyboard on a contact
 * shows on its timeline and as last contacted (in the list too), survives a restart, and is found
 * by the main search, which opens the contact at it. Screenshots of a timeline at 1280x800 and
 * 1024x700, light and dark.
 */
test.use({ locale: 'en-GB' });

const list = (page: Page) => page.getByRole('listbox', { name: 'Contacts' });

test('logs a call with the keyboard from a contact, sees it on the timeline and as last contacted', async ({ page, carnet }) => {
  await callCarnet(carnet, 'contacts.create', { firstName: 'Zoë', lastName: 'Martín', company: 'Atelier Martín' });
  await page.goto(carnet.url);
  await list(page).getByRole('option').filter({ hasText: 'Zoë Martín' }).click();
  await expect(page.getByRole('article').getByText('Never contacted')).toBeVisible();
  await expect(page.getByText('Nothing logged yet')).toBeVisible();

  // L opens the quick-log form on the open contact: a call, now, the subject field focused.
  await page.getByRole('heading', { name: 'Zoë Martín' }).click();
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Log an interaction with Zoë Martín' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Type')).toHaveValue('call');
  await expect(dialog.getByLabel('Subject')).toBeFocused();
  await page.keyboard.type('Quote for the new shop');
  await page.keyboard.press('Shift+Tab'); // Minutes
  await page.keyboard.type('25');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Call logged');

  const timeline = page.getByRole('list', { name: 'Timeline' });
  const entry = timeline.getByRole('listitem').filter({ hasText: 'Quote for the new shop' });
  await expect(entry).toContainText('25 minutes');
  await expect(page.getByRole('article').getByText('Last contacted now')).toBeVisible();
  await expect(list(page).getByRole('option').filter({ hasText: 'Zoë Martín' })).toContainText('Last contacted now');

  // Still there after a restart.
  await carnet.restart();
  await page.goto(carnet.url);
  await list(page).getByRole('option').filter({ hasText: 'Zoë Martín' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Quote for the new shop' })).toBeVisible();

  // The main search finds it by its subject, and opens the contact at it.
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('shop');
  const hit = list(page).getByRole('option').filter({ hasText: 'Zoë Martín' });
  await expect(hit).toContainText('Found in “Quote for the new shop”');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  const focused = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'Quote for the new shop' });
  await expect(focused).toBeFocused();
});

async function seedTimeline(page: Page, carnet: { url: string }, timelineName = 'Timeline'): Promise<void> {
  const ana = (await callCarnet(carnet, 'contacts.create', { firstName: 'Ana', lastName: 'Pérez', company: 'Fleurs & Co', title: 'Buyer' })) as { id: string };
  const bruno = (await callCarnet(carnet, 'contacts.create', { firstName: 'Bruno', lastName: 'Marti', company: 'Fleurs & Co' })) as { id: string };
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
  const log = (input: object) => callCarnet(carnet, 'interactions.log', input);
  await log({ type: 'note', occurredAt: hoursAgo(400), subject: 'Prefers calls after 10:00', contactIds: [ana.id] });
  await log({ type: 'visit', occurredAt: hoursAgo(200), minutes: 90, subject: 'Shop visit', body: 'Walked through the new spring range.\nWants samples of the blue vases.', contactIds: [ana.id, bruno.id] });
  await log({ type: 'email', direction: 'in', occurredAt: hoursAgo(30), subject: 'Order 1042 confirmed', contactIds: [ana.id] });
  await log({ type: 'call', direction: 'out', occurredAt: hoursAgo(3), minutes: 12, subject: 'Delivery date', body: 'Delivery moved to Thursday morning.', contactIds: [ana.id] });
  await log({ type: 'meeting', occurredAt: new Date(Date.now() + 48 * 3_600_000).toISOString(), minutes: 60, subject: 'Autumn catalogue review', contactIds: [ana.id, bruno.id] });
  await page.goto(carnet.url);
  await page.getByRole('listbox').getByRole('option').filter({ hasText: 'Ana Pérez' }).click();
  await expect(page.getByRole('list', { name: timelineName }).getByRole('listitem')).toHaveCount(5);
}

for (const [width, height] of [[1280, 800], [1024, 700]] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`a timeline at ${width}x${height}, ${colorScheme}`, () => {
      test.use({ viewport: { width, height }, colorScheme });
      test('fits, newest first, with last contacted in the list sorted by it', async ({ page, carnet }) => {
        await seedTimeline(page, carnet);
        await page.getByRole('radio', { name: 'Last contact' }).click();
        await expect(page.getByRole('article').getByText('Last contacted 3 hours ago')).toBeVisible();
        // Nothing scrolls sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-results/timeline-${width}-${colorScheme}.png` });
        await page.keyboard.press('l');
        await expect(page.getByRole('dialog')).toBeVisible();
        await page.screenshot({ path: `test-results/quick-log-${width}-${colorScheme}.png` });
      });
    });
  }
}

test.describe('in Russian at 1024x700', () => {
  test.use({ viewport: { width: 1024, height: 700 }, locale: 'ru-RU' });
  test('the timeline and the quick-log form fit', async ({ page, carnet }) => {
    await callCarnet(carnet, 'settings.update', { language: 'ru' });
    await seedTimeline(page, carnet, 'История');
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: 'Записать контакт: Ana Pérez' });
    await expect(dialog.getByRole('button', { name: 'Сохранить' })).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/quick-log-1024-ru.png' });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: 'test-results/timeline-1024-ru.png' });
  });
});
