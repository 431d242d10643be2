import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/carnet-test.ts';

/**
 * Back up to a folder (the "USB stick"), change a contact, restore the backup and see the old
 * value, then undo the restore and see the change again: in Chromium against `carnet serve`.
 */
test.use({ locale: 'en-GB' });

let usb: string;

test.beforeEach(() => {
  usb = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-e2e-usb-'));
});

test.afterEach(() => {
  fs.rmSync(usb, { recursive: true, force: true });
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function go(page: Page, place: 'Contacts' | 'Backup'): Promise<void> {
  await nav(page).getByRole('button', { name: place }).click();
  await expect(nav(page).getByRole('button', { name: place })).toHaveAttribute('aria-current', 'page');
}

async function renameLast(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('listbox', { name: 'Contacts' }).getByRole('option').filter({ hasText: from }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Last name').fill(to);
  await page.getByRole('button', { name: 'Save' }).click();
}

test('back up to a folder, change a contact, restore the old value, undo the restore', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await go(page, 'Contacts');
  await page.getByRole('button', { name: 'New contact' }).click();
  await page.getByLabel('First name').fill('Ana');
  await page.getByLabel('Last name').fill('Pérez');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Ana Pérez' })).toBeVisible();

  // Back up to the "stick".
  await go(page, 'Backup');
  await expect(page.getByText('No backup yet')).toBeVisible();
  await page.getByLabel('Backup folder').fill(path.join(usb, 'missing'));
  await page.getByRole('button', { name: 'Show backups here' }).click();
  await expect(page.getByRole('alert')).toContainText('does not exist');
  await page.getByLabel('Backup folder').fill(usb);
  await page.getByRole('button', { name: 'Show backups here' }).click();
  await expect(page.getByText('No Carnet backups in this folder yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backed up to carnet-backup-' })).toBeVisible();
  await expect(page.getByTestId('last-backup')).toContainText(usb);
  const folderList = page.getByRole('list', { name: 'Backups in this folder' });
  await expect(folderList.getByRole('listitem')).toHaveCount(1);
  await expect(folderList.getByRole('listitem')).toContainText('1 contact, 0 companies');
  await folderList.getByRole('button', { name: 'Verify' }).click();
  await expect(folderList.getByRole('status')).toContainText('The backup is intact');
  await page.screenshot({ path: 'test-results/backup-screen.png', fullPage: true });

  // Change the contact after the backup.
  await go(page, 'Contacts');
  await renameLast(page, 'Ana Pérez', 'Changed');
  await expect(page.getByRole('heading', { name: 'Ana Changed' })).toBeVisible();

  // Restore: asks first, then brings back the old value.
  await go(page, 'Backup');
  await folderList.getByRole('button', { name: 'Restore…' }).click();
  await expect(page.getByText('Restore this backup?')).toBeVisible();
  await folderList.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup from' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A backup was restored' })).toBeVisible();
  await page.screenshot({ path: 'test-results/backup-restored.png', fullPage: true });
  await go(page, 'Contacts');
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await expect(list.getByRole('option').filter({ hasText: 'Ana Pérez' })).toHaveCount(1);
  await expect(list.getByRole('option').filter({ hasText: 'Ana Changed' })).toHaveCount(0);

  // Undo the restore: the change is back.
  await go(page, 'Backup');
  await page.getByRole('button', { name: 'Undo restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The restore was undone' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A backup was restored' })).toHaveCount(0);
  await go(page, 'Contacts');
  await expect(list.getByRole('option').filter({ hasText: 'Ana Changed' })).toHaveCount(1);
  await expect(list.getByRole('option').filter({ hasText: 'Ana Pérez' })).toHaveCount(0);
});

test('an encrypted backup asks for its passphrase and says when it is wrong', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await go(page, 'Backup');
  await page.getByLabel('Backup folder').fill(usb);
  await page.getByLabel('Protect with a passphrase').check();
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse');
  await page.getByLabel('Passphrase again').fill('correct horse!');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('alert')).toContainText('The two passphrases differ.');
  await page.getByLabel('Passphrase again').fill('correct horse');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const folderList = page.getByRole('list', { name: 'Backups in this folder' });
  await expect(folderList.getByRole('listitem')).toHaveCount(1);
  await expect(folderList.getByText('Encrypted', { exact: true })).toBeVisible();

  await folderList.getByRole('button', { name: 'Verify' }).click();
  await folderList.getByLabel(/^Passphrase for/).fill('wrong horse');
  await folderList.getByRole('button', { name: 'Verify' }).last().click();
  await expect(folderList.getByRole('alert')).toContainText('The passphrase is wrong');
  await folderList.getByLabel(/^Passphrase for/).fill('correct horse');
  await folderList.getByRole('button', { name: 'Verify' }).last().click();
  await expect(folderList.getByRole('status')).toContainText('The backup is intact');
  await page.screenshot({ path: 'test-results/backup-encrypted.png', fullPage: true });
});

test('an encrypted backup from before manifests were authenticated verifies, flagged as such', async ({ page, carnet }) => {
  const fixture = path.resolve(import.meta.dirname, '../fixtures/backup/format1-encrypted.carnetbackup');
  fs.copyFileSync(fixture, path.join(usb, 'carnet-backup-2026-03-01_09-30-00Z-encrypted.carnetbackup'));
  await page.goto(carnet.url);
  await go(page, 'Backup');
  await page.getByLabel('Backup folder').fill(usb);
  await page.getByRole('button', { name: 'Show backups here' }).click();
  const folderList = page.getByRole('list', { name: 'Backups in this folder' });
  await expect(folderList.getByRole('listitem')).toContainText('3 contacts, 3 companies');
  await folderList.getByRole('button', { name: 'Verify' }).click();
  await folderList.getByLabel(/^Passphrase for/).fill('format one passphrase');
  await folderList.getByRole('button', { name: 'Verify' }).last().click();
  const outcome = folderList.getByRole('status');
  await expect(outcome).toContainText('The backup is intact');
  await expect(outcome).toContainText('Manifest not authenticated: this backup was made by an older Carnet (backup format 1)');
  await page.screenshot({ path: 'test-results/backup-format1.png', fullPage: true });
});
