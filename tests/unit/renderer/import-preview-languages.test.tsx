// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { CardImportPanel } from '../../../renderer/features/import/cards/CardImportPanel.tsx';
import { useLocale } from '../../../renderer/i18n/locale-store.ts';
import type { MethodOutput, PreviewRow } from '../../../shared/contract/index.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import { fakeClient } from './fake-client.ts';

type Preview = MethodOutput<'import.preview'>;

beforeEach(() => {
  // jsdom has no scrollIntoView (the panel brings each file into view).
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  cleanup();
  useLocale.getState().choose('en');
});

function row(overrides: Partial<PreviewRow>): PreviewRow {
  return { line: 1, status: 'new', kind: 'person', action: 'create', displayName: 'Ana Lima', detail: '', details: null, message: '', error: null, match: null, changes: [], warnings: [], ...overrides };
}

/** A big file's preview: 12 345 new rows (4 shown, one an error), one update that adds two emails and a job title. */
const preview: Preview = {
  counts: { new: 12345, update: 1, already: 0, duplicate: 0, error: 0 },
  actions: { create: 5, update: 0, skip: 0 },
  total: 12346,
  rows: [
    row({ line: 2, details: { company: '', title: '', emails: [], phones: [{ value: '030 1234567', readAs: '+49 30 1234567, Germany', valid: true, international: '+49 30 1234567', country: 'DE' }] } }),
    // The core's own sentences (a warning, an error row, a file note) come with their message ids.
    row({ line: 3, displayName: 'Bruno Costa', warnings: [coreMessage('import.warning.notEmail', { value: 'bruno@' })] }),
    row({
      line: 4,
      status: 'update',
      action: 'update',
      displayName: 'Carla Dias',
      match: { id: 'c1', displayName: 'Carla Dias', by: 'email', value: 'carla@dias.example', line: null, namesConflict: false },
      changes: [
        { field: 'email', count: 2 },
        { field: 'title', count: 1 },
      ],
    }),
    row({ line: 5, status: 'error', action: 'skip', displayName: '', message: 'No name, company, email or phone in this row', error: coreMessage('import.error.unnamed') }),
  ],
  dateQuestion: null,
  notes: [coreMessage('import.note.noVersion')],
};

function renderPreview() {
  const client = fakeClient({
    'import.analyze': ({ fileName }) => ({ sourceId: 'src', format: 'vcard', formatLabel: 'vCard', fileName: fileName ?? 'a.vcf', encoding: null, table: null, notes: [], recordCount: 1, presets: [], encodings: [], kind: 'contacts', detectedKind: 'contacts', sales: null }),
    'import.preview': () => preview,
    'import.discard': () => ({ ok: true }),
  });
  render(
    <ClientContext.Provider value={client}>
      <CardImportPanel onImported={() => undefined} />
    </ClientContext.Provider>,
  );
  const file = new File(['BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n'], 'a.vcf', { type: 'text/vcard' });
  fireEvent.drop(screen.getByTestId('cards-drop'), { dataTransfer: { files: [file] } });
}

describe('the import preview in another language', () => {
  it('speaks French: statuses, what an update adds, counts grouped the French way', async () => {
    useLocale.getState().choose('fr');
    renderPreview();
    const table = await screen.findByRole('table', { name: 'Aperçu' });
    expect(within(table).getAllByText('Nouveau')).toHaveLength(2);
    expect(within(table).getByText('Mise à jour')).toBeTruthy();
    expect(within(table).getByText('Même e-mail que Carla Dias (carla@dias.example)')).toBeTruthy();
    expect(within(table).getByText('Ajoutera 2 e-mails et le poste')).toBeTruthy();
    // 12345 with the French group separator (a narrow no-break space), never "12345" or "12,345".
    expect(screen.getByRole('button', { name: 'Nouveau 12\u202f345' })).toBeTruthy();
    expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toContain('Affichage de 4 lignes sur 12\u202f346.');
    expect(screen.getByRole('combobox', { name: 'Que faire de la ligne 4' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importer 5 lignes' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Fichier 1 sur 1\u00a0: a.vcf' })).toBeTruthy();
    // The country a number was read for, named in French (the core's own reading is English).
    expect(within(table).getByText(/lu comme \+49 30 1234567, Allemagne/)).toBeTruthy();
    // What the core wrote, said in French from its message ids (getByText reads no-break spaces as spaces).
    expect(within(table).getByText('« bruno@ » n’est pas une adresse e-mail : gardé dans les notes')).toBeTruthy();
    expect(within(table).getByText('Ni nom, ni entreprise, ni e-mail, ni téléphone dans cette ligne')).toBeTruthy();
    expect(screen.getByText('Certaines fiches n’ont pas de ligne VERSION ; elles ont été lues selon les règles de vCard 3.0.')).toBeTruthy();
  });

  it('speaks Russian, with its plural forms (5 строк, 2 адреса)', async () => {
    useLocale.getState().choose('ru');
    renderPreview();
    const table = await screen.findByRole('table', { name: 'Предпросмотр' });
    expect(within(table).getAllByText('Новый')).toHaveLength(2);
    expect(within(table).getByText('Обновление')).toBeTruthy();
    expect(within(table).getByText('Будет добавлено: 2 адреса почты и должность')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Импортировать 5 строк' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Обновление 1' })).toBeTruthy();
  });

  it('speaks German, and English again once chosen back', async () => {
    useLocale.getState().choose('de');
    renderPreview();
    expect(await screen.findByRole('button', { name: '5 Zeilen importieren' })).toBeTruthy();
    useLocale.getState().choose('en');
    cleanup();
    renderPreview();
    expect(await screen.findByRole('button', { name: 'Import 5 rows' })).toBeTruthy();
    expect(screen.getByText('Will add 2 emails and job title')).toBeTruthy();
    expect(screen.getByText('"bruno@" is not an email address: kept in the notes')).toBeTruthy();
  });
});

describe('a Carnet export in the preview', () => {
  function renderWith(next: Preview) {
    const client = fakeClient({
      'import.analyze': ({ fileName }) => ({ sourceId: 'src', format: 'carnet-json', formatLabel: 'Carnet JSON export', fileName: fileName ?? 'a.json', encoding: 'utf-8', table: null, notes: [], recordCount: 2, presets: [], encodings: [], kind: 'contacts', detectedKind: 'contacts', sales: null }),
      'import.preview': () => next,
      'import.discard': () => ({ ok: true }),
    });
    render(
      <ClientContext.Provider value={client}>
        <CardImportPanel onImported={() => undefined} />
      </ClientContext.Provider>,
    );
    fireEvent.drop(screen.getByTestId('cards-drop'), { dataTransfer: { files: [new File(['BEGIN:VCARD\r\nEND:VCARD\r\n'], 'a.vcf')] } });
  }
  const exportPreview: Preview = {
    ...preview,
    rows: [
      row({ line: 5, status: 'already', action: 'skip', match: { id: 'c1', displayName: 'Ana Lima', by: 'id', value: '', line: null, namesConflict: false } }),
      row({ line: 9, status: 'duplicate', displayName: 'Bob Stone', match: { id: 'c2', displayName: 'Bruno Costa', by: 'id', value: '', line: null, namesConflict: true } }),
    ],
    related: { interactions: { added: 21, already: 3, skipped: 1 }, tasks: { added: 2, already: 0, skipped: 0 } },
  };

  it('says how each row matched by id and what comes with the contacts, in English and Russian', async () => {
    renderWith(exportPreview);
    const table = await screen.findByRole('table', { name: 'Preview' });
    expect(within(table).getByText('The same Carnet record as Ana Lima')).toBeTruthy();
    expect(within(table).getByText('Has the Carnet id of Bruno Costa, whose name differs')).toBeTruthy();
    expect(screen.getByTestId('import-related').textContent).toBe(
      'With these contacts: 21 interactions and 2 tasks to add · 3 interactions and tasks already in Carnet · 1 left out: its contact is not imported',
    );
    cleanup();
    useLocale.getState().choose('ru');
    renderWith(exportPreview);
    await screen.findByRole('table');
    expect(screen.getByTestId('import-related').textContent).toBe(
      'Вместе с контактами будут добавлены: 21 взаимодействие и 2 задачи · Уже есть в Carnet: 3 взаимодействия или задачи · Пропущено: 1 запись (их контакты не импортируются)',
    );
  });

  it('counts the purchases a version 3 export brings, found and left out, in English and Russian', async () => {
    const withPurchases: Preview = { ...exportPreview, related: { ...exportPreview.related!, purchases: { added: 5, already: 2, skipped: 1 } } };
    renderWith(withPurchases);
    await screen.findByRole('table', { name: 'Preview' });
    expect(screen.getByTestId('import-related').textContent).toBe(
      'With these contacts: 21 interactions and 2 tasks to add · 5 purchases · 3 interactions and tasks already in Carnet · 2 purchases already in Carnet · 2 left out: their contacts are not imported',
    );
    cleanup();
    useLocale.getState().choose('ru');
    renderWith(withPurchases);
    await screen.findByRole('table');
    expect(screen.getByTestId('import-related').textContent).toContain('5 покупок · Уже есть в Carnet: 3 взаимодействия или задачи · Уже есть в Carnet: 2 покупки · Пропущено: 2 записи');
  });
});

describe('undoing an import, in words', () => {
  it('names the interactions and tasks that went with the contacts only when there were any', async () => {
    const { importStrings: s } = await import('../../../renderer/features/import/strings.ts');
    const result = { removedPeople: 2, removedCompanies: 1, reverted: 0, removedInteractions: 0, removedTasks: 0 };
    expect(s.undone(result)).toBe('Import undone: 2 contacts and 1 company moved to the trash, 0 restored.');
    expect(s.undone({ ...result, removedInteractions: 21, removedTasks: 1 })).toBe(
      'Import undone: 2 contacts and 1 company moved to the trash, 0 restored. 21 interactions and 1 task went to the trash with them.',
    );
    useLocale.getState().choose('ru');
    expect(s.undone({ ...result, removedInteractions: 5, removedTasks: 2 })).toMatch(/Вместе с ними в корзину перемещены: 5 взаимодействий и 2 задачи\.$/);
  });
});
