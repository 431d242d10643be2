// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { CardImportPanel } from '../../../renderer/features/import/cards/CardImportPanel.tsx';
import { queueOf } from '../../../renderer/features/import/cards/file-queue.ts';
import { useLeaveGuards } from '../../../renderer/stores/leave-guard-store.ts';
import type { CardDraftFields, ImportSummary, MethodInput, MethodOutput, PreviewRow } from '../../../shared/contract/index.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { fakeClient, type FakeClient } from './fake-client.ts';

type Analyzed = MethodOutput<'import.analyze'>;
type Preview = MethodOutput<'import.preview'>;

afterEach(cleanup);
const scrolled = vi.fn();
beforeEach(() => {
  scrolled.mockClear();
  // jsdom lays nothing out and has no scrollIntoView: record the calls instead.
  Element.prototype.scrollIntoView = scrolled;
});

const vcf = (name: string) => new File(['BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n'], name, { type: 'text/vcard' });

function row(overrides: Partial<PreviewRow>): PreviewRow {
  return { line: 1, status: 'new', kind: 'person', action: 'create', displayName: 'Ana Lima', detail: '', details: null, message: '', error: null, match: null, changes: [], warnings: [], ...overrides };
}

/** One preview per file, told apart by the name the panel sent. */
const previews: Record<string, Preview> = {
  'a.vcf': {
    counts: { new: 1, update: 0, already: 1, duplicate: 1, error: 0 },
    actions: { create: 2, update: 0, skip: 1 },
    total: 3,
    rows: [
      row({ line: 1, displayName: 'Ana Lima', details: { company: 'Atelier Lima', title: 'Owner', emails: ['ana@lima.example'], phones: [{ value: '06 12 34 56 78', readAs: '+33 6 12 34 56 78, France', valid: true }] } }),
      row({ line: 7, status: 'already', action: 'skip', displayName: 'Bruno Costa', match: { id: 'c1', displayName: 'Bruno Costa', by: 'email', value: 'bruno@costa.example', line: null, namesConflict: false } }),
      row({ line: 12, status: 'duplicate', displayName: 'Bruna Costa', match: { id: 'c1', displayName: 'Bruno Costa', by: 'phone', value: '+351 912 345 678', line: null, namesConflict: true } }),
    ],
    dateQuestion: null,
    notes: [{ text: 'Some cards have no VERSION line; they were read with the vCard 3.0 rules.', id: 'import.note.noVersion' }],
  },
  '1 business card': { counts: { new: 1, update: 0, already: 0, duplicate: 0, error: 0 }, actions: { create: 1, update: 0, skip: 0 }, total: 1, rows: [row({ displayName: 'Olivia Bennett' })], dateQuestion: null, notes: [] },
  'b.vcf': { counts: { new: 1, update: 0, already: 0, duplicate: 0, error: 0 }, actions: { create: 1, update: 0, skip: 0 }, total: 1, rows: [row({ displayName: 'Carla Dias' })], dateQuestion: null, notes: [] },
};

function summaryOf(fileName: string, overrides: Partial<ImportSummary> = {}): ImportSummary {
  return { batchId: `batch-${fileName}`, fileName, created: 2, createdCompanies: 1, updated: 0, alreadyThere: 1, skipped: 0, possibleDuplicates: 0, duplicatesToReview: [], errors: [], cancelled: false, ...overrides };
}

const draft: CardDraftFields = { kind: 'person', firstName: 'Olivia', lastName: 'Bennett', company: 'Northwind', title: '', emails: [], phones: [], addresses: [], websites: [], birthday: null, notes: '' };
const cardReading = (fileName: string): MethodOutput<'cards.read'> => ({ fileName, draft: { ...draft }, confidence: {}, text: [], qr: null, photo: { mime: 'image/png', dataUrl: 'data:image/png;base64,AQ==' }, skew: 0 });

function vcardClient(unreadable: string[] = []): FakeClient {
  return fakeClient({
    'cards.read': ({ fileName }) => cardReading(fileName ?? 'card.png'),
    'import.analyze': (input) => {
      const fileName = input.fileName ?? 'import';
      if (unreadable.includes(fileName)) throw new CarnetError('invalid_input', `${fileName} is empty: there is nothing to import.`);
      return { sourceId: `src-${fileName}`, format: 'vcard', formatLabel: 'vCard', fileName, encoding: null, table: null, notes: [], recordCount: 1, presets: [], encodings: [], kind: 'contacts', detectedKind: 'contacts', sales: null } satisfies Analyzed;
    },
    'import.preview': ({ sourceId }) => previews[sourceId.replace('src-', '')]!,
    'import.commit': ({ sourceId }) => {
      const fileName = sourceId.replace('src-', '');
      return fileName === 'a.vcf'
        ? summaryOf(fileName, {
            possibleDuplicates: 1,
            duplicatesToReview: [{ line: 12, displayName: 'Bruna Costa', kind: 'person', contactId: 'c9', match: previews['a.vcf']!.rows[2]!.match! }],
          })
        : summaryOf(fileName, { created: 1, createdCompanies: 0, alreadyThere: 0 });
    },
    'import.discard': () => ({ ok: true }),
  });
}

function renderPanel(client: FakeClient, onImported = vi.fn()) {
  render(
    <ClientContext.Provider value={client}>
      <CardImportPanel onImported={onImported} />
    </ClientContext.Provider>,
  );
  return onImported;
}

function give(files: File[]) {
  fireEvent.drop(screen.getByTestId('cards-drop'), { dataTransfer: { files } });
}

const fileSection = (name: RegExp) => screen.getByRole('region', { name });

describe('the vCard panel with several files at once', () => {
  it('previews and imports each file in order, says what is still to come, and names the files it cannot import', async () => {
    const client = vcardClient();
    const onImported = renderPanel(client);
    expect(scrolled).not.toHaveBeenCalled(); // opening the Import screen stays at its top
    give([vcf('a.vcf'), new File(['hello'], 'notes.txt', { type: 'text/plain' }), vcf('b.vcf')]);

    // File 1 of 2, the one waiting named; the text file named as not imported.
    const first = await screen.findByRole('heading', { name: 'File 1 of 2: a.vcf' });
    expect(screen.getByText('Still to come: b.vcf')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Not a vCard or a PNG/JPEG image, not imported: notes.txt');
    const list = screen.getByRole('list', { name: 'Your files' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'a.vcfNow',
      'b.vcfWaiting',
      'notes.txtNot imported: not a vCard or a PNG/JPEG image',
    ]);
    // Brought into view and focused: the panel sits below the import history.
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(scrolled).toHaveBeenCalled();
    // Leaving now would drop them: the app asks first.
    expect(Object.values(useLeaveGuards.getState().reasons)).toEqual(['Not imported yet: a.vcf and b.vcf. If you leave, they are not imported. Leave anyway?']);

    // The file wizard's preview: its statuses, each contact's details, per-row choices, notes.
    const section = fileSection(/File 1 of 2/);
    const table = await within(section).findByRole('table', { name: 'Preview' });
    expect(within(table).getByText('Possible duplicate')).toBeTruthy();
    expect(within(table).getByText('Already there')).toBeTruthy();
    expect(within(table).getByText('Owner, Atelier Lima')).toBeTruthy();
    expect(within(table).getByText('ana@lima.example')).toBeTruthy();
    expect(within(table).getByText(/read as \+33 6 12 34 56 78, France/)).toBeTruthy();
    expect(within(table).getByRole('combobox', { name: 'What to do with line 12' })).toBeTruthy();
    expect(within(section).getByText('Some cards have no VERSION line; they were read with the vCard 3.0 rules.')).toBeTruthy();
    expect(within(section).getByRole('radio', { name: /Update it/ })).toBeTruthy();
    // Rows that write something: 2 created, the one already there is not counted.
    fireEvent.click(within(section).getByRole('button', { name: 'Import 2 rows' }));

    // Its summary: people and companies apart, the possible duplicate to review, Undo, the way on.
    const done = await within(section).findByTestId('import-summary');
    expect(done.textContent).toBe('2 contacts created, 1 company created, 0 updated, 1 already there, 0 skipped, 0 errors.');
    expect(within(section).getByRole('heading', { name: '1 possible duplicate to review' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Undo this import' })).toBeTruthy();
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toMatch(/^a\.vcfImported: 2 contacts created/);
    fireEvent.click(within(section).getByRole('button', { name: 'Next file: b.vcf' }));

    // File 2 of 2, its own preview and batch.
    const second = await screen.findByRole('heading', { name: 'File 2 of 2: b.vcf' });
    await waitFor(() => expect(document.activeElement).toBe(second));
    expect(screen.getByText('This is the last file.')).toBeTruthy();
    const secondSection = fileSection(/File 2 of 2/);
    await within(secondSection).findByText('Carla Dias');
    fireEvent.click(within(secondSection).getByRole('button', { name: 'Import 1 row' }));
    fireEvent.click(await within(secondSection).findByRole('button', { name: 'Finish' }));

    expect((await screen.findByTestId('cards-finished')).textContent).toBe('Finished: 2 of 2 files imported.');
    expect(client.callsTo('import.analyze').map((input) => (input as MethodInput<'import.analyze'>).fileName)).toEqual(['a.vcf', 'b.vcf']);
    expect(client.callsTo('import.commit').map((input) => (input as MethodInput<'import.commit'>).sourceId)).toEqual(['src-a.vcf', 'src-b.vcf']);
    expect(onImported).toHaveBeenCalledTimes(2);
    expect(useLeaveGuards.getState().reasons).toEqual({});
    // Ready for more files.
    expect(screen.getByTestId('cards-drop')).toBeTruthy();
  });

  it('can skip a file: it is said, listed as skipped, and nothing of it is written', async () => {
    const client = vcardClient();
    renderPanel(client);
    give([vcf('a.vcf'), vcf('b.vcf')]);
    const section = await screen.findByRole('region', { name: /File 1 of 2: a\.vcf/ });
    await within(section).findByRole('table', { name: 'Preview' });
    fireEvent.click(within(section).getByRole('button', { name: 'Skip this file' }));

    await screen.findByRole('heading', { name: 'File 2 of 2: b.vcf' });
    expect(screen.getByText('a.vcf skipped: nothing was imported from it.').getAttribute('role')).toBe('status');
    const items = within(screen.getByRole('list', { name: 'Your files' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['a.vcfSkipped: nothing was imported from it', 'b.vcfNow']);
    expect(client.callsTo('import.discard')).toContainEqual({ sourceId: 'src-a.vcf' });
    expect(client.callsTo('import.commit')).toEqual([]);
  });

  it('says why a file could not be read, and goes on to the next one when asked', async () => {
    const client = vcardClient(['empty.vcf']);
    renderPanel(client);
    give([vcf('empty.vcf'), vcf('b.vcf')]);
    const section = await screen.findByRole('region', { name: /File 1 of 2: empty\.vcf/ });
    expect((await within(section).findByRole('alert')).textContent).toBe('empty.vcf was not imported. empty.vcf is empty: there is nothing to import.');
    fireEvent.click(within(section).getByRole('button', { name: 'Next file: b.vcf' }));
    await screen.findByRole('heading', { name: 'File 2 of 2: b.vcf' });
    expect(within(screen.getByRole('list', { name: 'Your files' })).getAllByRole('listitem')[0]!.textContent).toBe('empty.vcfNot imported: empty.vcf is empty: there is nothing to import.');
  });

  it('names the files it cannot import even when none can be', async () => {
    renderPanel(vcardClient());
    give([new File(['x'], 'contacts.xlsx')]);
    expect((await screen.findByRole('alert')).textContent).toBe('Not a vCard or a PNG/JPEG image, not imported: contacts.xlsx');
    expect(within(screen.getByRole('list', { name: 'Your files' })).getByRole('listitem').textContent).toBe('contacts.xlsxNot imported: not a vCard or a PNG/JPEG image');
    expect(screen.getByTestId('cards-drop')).toBeTruthy();
  });
});

describe('card photos among the files', () => {
  const png = (name: string) => new File([new Uint8Array([1, 2, 3])], name, { type: 'image/png' });

  it('reviews the photos as one file, imports the saved cards as one batch, then the vCard', async () => {
    const client = vcardClient();
    renderPanel(client);
    give([png('olivia.png'), vcf('b.vcf')]);
    const section = await screen.findByRole('region', { name: 'File 1 of 2: 1 card photo' });
    expect(within(section).getByText('Still to come: b.vcf')).toBeTruthy();
    await waitFor(() => expect((within(section).getByLabelText('First name') as HTMLInputElement).value).toBe('Olivia'));
    fireEvent.change(within(section).getByLabelText('Job title'), { target: { value: 'VP Partnerships' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save card' }));

    fireEvent.click(await within(section).findByRole('button', { name: 'Import 1 row' }));
    fireEvent.click(await within(section).findByRole('button', { name: 'Next file: b.vcf' }));
    await screen.findByRole('heading', { name: 'File 2 of 2: b.vcf' });

    const [cards] = client.callsTo('import.analyze') as MethodInput<'import.analyze'>[];
    expect(cards!.fileName).toBe('1 business card');
    const payload = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(cards!.data!), (c) => c.charCodeAt(0)))) as { carnet: string; cards: { fields: { title: string } }[] };
    expect(payload.carnet).toBe('card-drafts');
    expect(payload.cards.map((card) => card.fields.title)).toEqual(['VP Partnerships']);
  });

  it('says so when no card was saved, and goes on to the next file', async () => {
    const client = vcardClient();
    renderPanel(client);
    give([png('blurry.png'), vcf('b.vcf')]);
    const section = await screen.findByRole('region', { name: 'File 1 of 2: 1 card photo' });
    await waitFor(() => expect((within(section).getByLabelText('First name') as HTMLInputElement).value).toBe('Olivia'));
    fireEvent.click(within(section).getByRole('button', { name: 'Skip' }));

    await screen.findByRole('heading', { name: 'File 2 of 2: b.vcf' });
    expect(screen.getByText('No card was saved: nothing was imported from 1 card photo.')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Your files' })).getAllByRole('listitem')[0]!.textContent).toBe('blurry.pngSkipped: no card was saved');
    expect(client.callsTo('import.analyze').map((input) => (input as MethodInput<'import.analyze'>).fileName)).toEqual(['b.vcf']);
  });
});

describe('the queue of files given at once', () => {
  it('keeps their order, counts every importable file, and puts the photos where the first one was', () => {
    const png = (name: string) => new File([new Uint8Array([1])], name, { type: 'image/png' });
    const queue = queueOf([vcf('a.vcf'), png('card1.png'), new File(['x'], 'x.pdf'), vcf('b.vcf'), png('card2.png')]);
    expect(queue.items.map((item) => [item.kind, item.files.map((file) => file.name), item.first, item.last])).toEqual([
      ['vcard', ['a.vcf'], 1, 1],
      ['cards', ['card1.png', 'card2.png'], 2, 3],
      ['vcard', ['b.vcf'], 4, 4],
    ]);
    expect(queue.total).toBe(4);
    expect(queue.unsupported).toEqual(['x.pdf']);
  });
});
