import type { Page } from '@playwright/test';
import { addDays, localDateOf } from '../../shared/domain/local-date.ts';
import { callCarnet } from './support/carnet-server.ts';
import { expect, test } from './support/carnet-test.ts';

/**
 * Tasks on Today, in Chromium against `carnet serve`: a repeating task added from Today's form,
 * checked off from the keyboard, its next occurrence appearing in the next seven days; Undo takes
 * it back. Screenshots of a full Today at both sizes, light and dark.
 */
test.use({ locale: 'en-GB' }); // the machine's own time zone: the same today as the test's

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const today = () => localDateOf(new Date());

test('a repeating task added on Today, checked off with the keyboard, comes back as its next occurrence; Undo takes that back', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Today' }).click();
  await expect(page.getByText('Nothing due today.')).toBeVisible();

  await page.getByLabel('What to do').fill('Water the plants');
  await page.getByLabel('Repeat').selectOption({ label: 'Every week' });
  await page.getByLabel('What to do').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Task added' })).toBeVisible();

  const dueToday = page.getByRole('region', { name: /Due today/ });
  const row = dueToday.getByRole('listitem', { name: 'Water the plants' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Every week');
  await expect(nav(page).getByRole('button', { name: /Today/ })).toContainText('1');

  await row.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: /Done: Water the plants\. Next on/ })).toBeVisible();
  await expect(dueToday).toHaveCount(0);
  const next = page.getByRole('region', { name: /Next 7 days/ }).getByRole('listitem', { name: 'Water the plants' });
  await expect(next).toBeVisible();
  const nextDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${addDays(today(), 7)}T00:00:00Z`));
  await expect(next).toContainText(nextDate);

  // Undo: open again, and the next occurrence it made is gone.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: /Due today/ }).getByRole('listitem', { name: 'Water the plants' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Next 7 days/ }).getByRole('listitem', { name: 'Water the plants' })).toHaveCount(0);

  // Still there after a restart; S snoozes it to tomorrow from the keyboard.
  await carnet.restart();
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Today' }).click();
  const again = page.getByRole('region', { name: /Due today/ }).getByRole('listitem', { name: 'Water the plants' });
  await again.focus();
  await page.keyboard.press('s');
  await page.getByRole('group', { name: /Snooze/ }).getByRole('button', { name: 'Tomorrow' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Snoozed to' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Next 7 days/ }).getByRole('listitem', { name: 'Water the plants' })).toBeVisible();
});

test('Today with everything on it, at 1280x800 and 1024x700, light and dark', async ({ page, carnet }) => {
  const call = (method: string, input: unknown) => callCarnet(carnet, method, input) as Promise<{ id: string }>;
  const day = today();
  const monthDay = day.slice(5);
  const ana = await call('contacts.create', { firstName: 'Ana', lastName: 'Pérez', company: 'Fleurs & Co', birthday: `1986-${monthDay}` });
  const ben = await call('contacts.create', { firstName: 'Ben', lastName: 'Cohen' });
  await call('contacts.create', { firstName: 'Chloé', lastName: 'Martin', birthday: `--${addDays(day, 4).slice(5)}` });
  await call('contacts.setKeepInTouch', { id: ben.id, frequency: '2w', today: addDays(day, -20) });
  await call('tasks.add', { title: 'Send the quote to Ana', dueDate: addDays(day, -2), contactId: ana.id });
  await call('tasks.add', { title: 'Call the printer about the flyers', dueDate: day, dueTime: '09:30' });
  await call('tasks.add', { title: 'Invoice for November', dueDate: day, repeat: 'FREQ=MONTHLY' });
  await call('tasks.add', { title: 'Weekly stock check', dueDate: addDays(day, 3), repeat: 'FREQ=WEEKLY' });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(size);
      await page.goto(carnet.url);
      await nav(page).getByRole('button', { name: 'Today' }).click();
      await expect(page.getByRole('region', { name: /Overdue/ }).getByRole('listitem')).toHaveCount(1);
      await expect(page.getByRole('button', { name: 'Log a call with Ana Pérez' })).toBeVisible();
      await expect(page.getByRole('region', { name: /Keep in touch/ })).toContainText('Never contacted');
      // overdue 1 + due today 2 + keep in touch 1 + birthday today 1
      await expect(nav(page).getByRole('button', { name: /Today/ })).toContainText('5');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      expect(overflow).toBe(false);
      await page.screenshot({ path: `test-results/screenshots/today-${size.width}x${size.height}-${colorScheme}.png` });
    }
  }

  // Enter on a task about someone opens them: their page lists the task and the keep-in-touch menu.
  await page.getByRole('region', { name: /Overdue/ }).getByRole('listitem', { name: 'Send the quote to Ana' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Ana Pérez' })).toBeVisible();
  const tasks = page.getByRole('region', { name: 'Tasks' });
  await expect(tasks.getByRole('listitem', { name: 'Send the quote to Ana' })).toBeVisible();
  await tasks.getByLabel('Keep in touch').selectOption({ label: 'Every quarter' });
  await expect(tasks.getByText(/^Next contact due /)).toBeVisible();
  // The add form opens on demand (it would push the timeline down), in its first field, and Escape closes it.
  await expect(tasks.getByLabel('What to do')).toHaveCount(0);
  await tasks.getByRole('button', { name: 'Add a task' }).click();
  await expect(tasks.getByLabel('What to do')).toBeFocused();
  await page.keyboard.type('Send the autumn catalogue');
  await page.keyboard.press('Enter');
  await expect(tasks.getByRole('listitem', { name: 'Send the autumn catalogue' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/contact-tasks-1024x700-dark.png' });
  await tasks.getByLabel('What to do').press('Escape');
  await expect(tasks.getByRole('button', { name: 'Add a task' })).toBeVisible();
});
