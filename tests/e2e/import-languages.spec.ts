import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/carnet-test.ts';

/**
 * The import wizard in the system's language (French, then Russian): detection, mapping,
 * preview, summary and history words, plurals and numbers as each language writes them.
 */
const fixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'csv', 'excel-fr-1252-semicolon.csv');

test.describe('in French', () => {
  test.use({ locale: 'fr-FR', viewport: { width: 1024, height: 700 } });

  test('the wizard speaks French from the file to the history', async ({ page, carnet }) => {
    await page.goto(carnet.url);
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('button', { name: 'Importer' }).click();
    await expect(page.getByText('Aucun import pour l’instant.')).toBeVisible();
    await page.getByLabel('Choisir un fichier…').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: fs.readFileSync(fixture) });

    await expect(page.getByLabel('Colonnes séparées par')).toHaveValue(';');
    // The core's notes about the file, said in French from their message ids.
    await expect(page.getByText('Colonnes séparées par des points-virgules')).toBeVisible();
    await expect(page.getByLabel('Exporté depuis').locator('option:checked')).toHaveText('Tableur (Excel, LibreOffice)');
    await page.getByLabel('Va dans : Fonction').selectOption({ label: 'Garder comme champ personnalisé' });
    await page.screenshot({ path: 'test-results/import-fr-mapping.png', fullPage: true });
    await page.getByRole('button', { name: 'Aperçu' }).click();

    const preview = page.getByRole('table', { name: 'Aperçu' });
    await expect(preview.getByRole('row', { name: /Hélène Dupré/ })).toContainText('Nouveau');
    await expect(page.getByRole('button', { name: /^Nouveau 2$/ })).toBeVisible();
    await page.screenshot({ path: 'test-results/import-fr-preview.png', fullPage: true });
    await page.getByRole('button', { name: 'Importer 2 lignes' }).click();

    await expect(page.getByTestId('import-summary')).toHaveText('2 contacts créés, 1 entreprise créée, 0 mis à jour, 0 déjà là, 0 ignoré, 0 erreur.');
    await expect(page.getByRole('region', { name: 'Historique des imports' })).toContainText('2 créés · 1 entreprise · 0 mis à jour');
    await page.screenshot({ path: 'test-results/import-fr-summary.png', fullPage: true });
  });

  test('a bad file is refused in French (the core sends the message id, the English stays for the CLI)', async ({ page, carnet }) => {
    await page.goto(carnet.url);
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('button', { name: 'Importer' }).click();
    await page.getByLabel('Choisir un fichier…').setInputFiles({ name: 'vide.csv', mimeType: 'text/csv', buffer: Buffer.from('Prénom;E-mail\r\n') });
    await expect(page.getByRole('alert')).toHaveText('vide.csv a une ligne d’en-tête mais aucune ligne de données\u00a0: il n’y a rien à importer.');
    await expect(page.getByRole('button', { name: 'Choisir un fichier…' })).toBeEnabled();
  });
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('the wizard counts rows and contacts with Russian plurals', async ({ page, carnet }) => {
    await page.goto(carnet.url);
    await page.getByRole('navigation', { name: 'Главное' }).getByRole('button', { name: 'Импорт' }).click();
    await page.getByLabel('Выбрать файл…').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: fs.readFileSync(fixture) });
    await page.getByRole('button', { name: 'Предпросмотр' }).click();
    await expect(page.getByRole('table', { name: 'Предпросмотр' }).getByRole('row', { name: /Hélène Dupré/ })).toContainText('Новый');
    await page.getByRole('button', { name: 'Импортировать 2 строки' }).click();
    await expect(page.getByTestId('import-summary')).toHaveText('Создано 2 контакта, создана 1 компания, обновлено: 0, уже было: 0, пропущено: 0, 0 ошибок.');
    await page.screenshot({ path: 'test-results/import-ru-summary.png', fullPage: true });
  });
});
