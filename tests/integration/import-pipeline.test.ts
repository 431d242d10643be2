import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { commitSource } from '../../electron/core/import/pipeline/commit.ts';
import { loadContactPhoto } from '../../electron/core/contacts/contact-photo.ts';
import { openTempCore } from '../helpers/temp-core.ts';
import { analyzeBytes, importText, liveContacts } from '../helpers/import-helpers.ts';

let core: Core;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => {
  await cleanup();
});

const PEOPLE = 'First Name,Last Name,Company,Email,Phone\nAnn,Lee,IBM Corp.,ann@example.com,06 12 34 56 78\nBob,Stone,,bob@example.com,\n';

describe('import pipeline', () => {
  it('creates contacts in one batch and lists the batch with its file and counts', async () => {
    const { summary } = await importText(core, PEOPLE, {}, 'people.csv');
    expect(summary).toMatchObject({ created: 2, createdCompanies: 1, updated: 0, skipped: 0, alreadyThere: 0, possibleDuplicates: 0, errors: [], cancelled: false });
    expect(summary.batchId).toBeTruthy();
    const names = (await liveContacts(core)).filter((c) => c.kind === 'person').map((c) => c.displayName).sort();
    expect(names).toEqual(['Ann Lee', 'Bob Stone']);
    const ann = (await liveContacts(core)).find((c) => c.displayName === 'Ann Lee')!;
    const full = await core.call('contacts.get', { id: ann.id });
    expect(full.phones[0]).toMatchObject({ e164: '+33612345678' });
    expect(full.source).toBe('csv');
    const batches = await core.call('import.list', {});
    expect(batches).toEqual([expect.objectContaining({ id: summary.batchId, source: 'csv', fileName: 'people.csv', undoneAt: null, counts: { created: 2, updated: 0, skipped: 0, errors: 0, createdCompanies: 1, alreadyThere: 0, possibleDuplicates: 0 } })]);
  });

  it('importing the same file twice creates no duplicates with the default choice', async () => {
    await importText(core, PEOPLE);
    const before = (await liveContacts(core)).length;
    const { summary } = await importText(core, PEOPLE);
    expect(summary).toMatchObject({ created: 0, updated: 0, skipped: 0, alreadyThere: 2, batchId: null });
    expect((await liveContacts(core)).length).toBe(before);
  });

  it('marks rows new, update, already there, duplicate and error in the preview', async () => {
    await importText(core, PEOPLE);
    const csv = [
      'First Name,Last Name,Company,Email,Phone',
      'Ann,Lee,I.B.M.,,+33 6 99 99 99 99', // same name + normalized company, a new phone: possible duplicate
      'Bob,S.,,BOB@EXAMPLE.COM,+33 6 00 00 00 01', // same email, other case, agreeing name: update
      'Cy,New,,cy@example.com,', // new
      ',,,,', // blank: skipped, not an error
      ',,,not-an-email,', // nothing usable
      'Cy,New,,cy@example.com,', // same as line 4 in this file: already there
    ].join('\n');
    const analyzed = await analyzeBytes(core, csv);
    const preview = await core.call('import.preview', { sourceId: analyzed.sourceId });
    expect(preview.counts).toEqual({ new: 1, update: 1, already: 1, duplicate: 1, error: 1 });
    expect(preview.actions).toEqual({ create: 1, update: 2, skip: 2 });
    const byLine = Object.fromEntries(preview.rows.map((row) => [row.line, row]));
    expect(byLine[2]).toMatchObject({ status: 'duplicate', action: 'update', match: { by: 'name', displayName: 'Ann Lee', namesConflict: false } });
    expect(byLine[3]).toMatchObject({ status: 'update', action: 'update', match: { by: 'email', value: 'BOB@EXAMPLE.COM', line: null } });
    expect(byLine[3]!.message).toMatch(/will add .*1 phone/);
    expect(byLine[4]).toMatchObject({ status: 'new' });
    expect(byLine[6]).toMatchObject({ status: 'error', message: 'No name, company, email or phone in this row' });
    expect(byLine[6]!.warnings.map((warning) => warning.text).join()).toMatch(/not-an-email/);
    expect(byLine[7]).toMatchObject({ status: 'already', action: 'skip', match: { by: 'email', line: 4, id: null } });
    expect(byLine[7]!.message).toMatch(/line 4/);
    const page = await core.call('import.preview', { sourceId: analyzed.sourceId, status: 'error' });
    expect(page.rows.map((row) => row.line)).toEqual([6]);
  });

  it('update fills empty fields and adds new details; undo puts the contact back', async () => {
    await importText(core, 'First Name,Last Name,Email\nAnn,Lee,ann@example.com\n');
    const [ann] = await liveContacts(core);
    await core.call('contacts.update', { id: ann!.id, fields: { firstName: 'Ann', lastName: 'Lee', title: 'CEO', emails: [{ value: 'ann@example.com' }] } });
    const before = await core.call('contacts.get', { id: ann!.id });
    const { summary } = await importText(core, 'First Name,Last Name,Email,Job Title,Phone,Notes\n,Lee,ANN@example.com,Intern,+33 6 12 34 56 78,met at fair\n');
    expect(summary).toMatchObject({ created: 0, updated: 1 });
    const after = await core.call('contacts.get', { id: ann!.id });
    expect(after.firstName).toBe('Ann');
    expect(after.title).toBe('CEO');
    expect(after.notes).toBe('met at fair');
    expect(after.phones.map((p) => p.e164)).toEqual(['+33612345678']);
    const undo = await core.call('import.undo', { batchId: summary.batchId! });
    expect(undo).toMatchObject({ removed: 0, reverted: 1, keptEdited: 0 });
    const restored = await core.call('contacts.get', { id: ann!.id });
    expect({ ...restored, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
    await expect(core.call('import.undo', { batchId: summary.batchId! })).rejects.toThrow(/already undone/);
  });

  it('undo leaves alone a contact the user edited after the import', async () => {
    await importText(core, 'First Name,Email\nAnn,ann@example.com\n');
    const { summary } = await importText(core, 'First Name,Email,Job Title\nAnn,ann@example.com,CEO\n');
    const [ann] = await liveContacts(core);
    await core.call('contacts.update', { id: ann!.id, fields: { firstName: 'Ann', title: 'CFO', emails: [{ value: 'ann@example.com' }] } });
    const undo = await core.call('import.undo', { batchId: summary.batchId! });
    expect(undo).toMatchObject({ reverted: 0, keptEdited: 1 });
    expect((await core.call('contacts.get', { id: ann!.id })).title).toBe('CFO');
  });

  it('undo of a creating import moves its contacts (and company cards) to the trash', async () => {
    const { summary } = await importText(core, PEOPLE);
    const undo = await core.call('import.undo', { batchId: summary.batchId! });
    expect(undo.removed).toBe(3); // Ann, Bob and the IBM Corp. company card
    expect(await liveContacts(core)).toEqual([]);
    const [batch] = await core.call('import.list', {});
    expect(batch!.undoneAt).not.toBeNull();
    expect((await core.call('contacts.list', { search: 'ann' })).total).toBe(0);
  });

  it('honours skip and create for matches', async () => {
    await importText(core, PEOPLE);
    const changed = 'First Name,Last Name,Email,Job Title\nAnn,Lee,ann@example.com,CEO\n';
    const skipped = await importText(core, changed, { onDuplicate: 'skip' });
    expect(skipped.summary).toMatchObject({ created: 0, updated: 0, skipped: 1, alreadyThere: 0 });
    const created = await importText(core, changed, { onDuplicate: 'create' });
    expect(created.summary).toMatchObject({ created: 1 });
    expect((await liveContacts(core)).filter((c) => c.displayName === 'Ann Lee')).toHaveLength(2);
  });

  it('merges a person listed twice in one file into one contact', async () => {
    const { summary } = await importText(core, 'Name,Email,Phone\nAnn Lee,ann@example.com,\nAnn Lee,ann@example.com,+33 6 12 34 56 78\n');
    expect(summary).toMatchObject({ created: 1, updated: 1 });
    const [ann] = await liveContacts(core);
    expect((await core.call('contacts.get', { id: ann!.id })).phones).toHaveLength(1);
  });

  it('cancel rolls the whole import back', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `Person${i},p${i}@example.com`).join('\n');
    const analyzed = await analyzeBytes(core, `Name,Email\n${rows}\n`);
    const progress: number[] = [];
    core.onEvent((event) => {
      if (event.type !== 'progress' || event.jobId !== 'job-1') return;
      progress.push(event.done);
      if (event.done >= 1000) void core.call('import.cancel', { jobId: 'job-1' });
    });
    const summary = await core.call('import.commit', { sourceId: analyzed.sourceId, jobId: 'job-1' });
    expect(summary).toMatchObject({ cancelled: true, batchId: null, created: 0 });
    expect(progress).toContain(1000);
    expect(await liveContacts(core)).toEqual([]);
    expect(await core.call('import.list', {})).toEqual([]);
  });

  it('reports error rows with line numbers and offers them as a CSV', async () => {
    const csv = 'Name,Email\nAnn,ann@example.com\n,\n,,\n"Bad ""quote"" row",x\n,only-junk\n';
    const { analyzed, summary } = await importText(core, csv);
    expect(summary.created).toBe(2);
    expect(summary.errors).toEqual([{ line: 6, message: 'No name, company, email or phone in this row', said: { id: 'import.error.unnamed', text: 'No name, company, email or phone in this row' } }]);
    const failed = await core.call('import.failedRows', { sourceId: analyzed.sourceId });
    expect(failed.fileName).toBe('contacts-failed-rows.csv');
    expect(failed.csv).toContain('Name,Email,Line,Error\r\n,only-junk,6,"No name, company, email or phone in this row"');
  });

  it('asks for the date order when dates are ambiguous, never guesses', async () => {
    const csv = 'Name,Birthday\nAnn,03/04/1980\nBob,05/06/1990\n';
    const analyzed = await analyzeBytes(core, csv);
    expect(analyzed.table!.dateOrder).toMatchObject({ detected: null, ambiguous: true });
    const preview = await core.call('import.preview', { sourceId: analyzed.sourceId });
    expect(preview.dateQuestion).toEqual({ examples: ['03/04/1980', '05/06/1990'] });
    await expect(core.call('import.commit', { sourceId: analyzed.sourceId })).rejects.toThrow(/day\/month or month\/day/);
    await core.call('import.commit', { sourceId: analyzed.sourceId, options: { dateOrder: 'dmy' } });
    const ann = (await liveContacts(core)).find((c) => c.displayName === 'Ann')!;
    expect((await core.call('contacts.get', { id: ann.id })).birthday).toBe('1980-04-03');
  });

  it('infers the date order when a day above 12 settles it', async () => {
    const analyzed = await analyzeBytes(core, 'Name,Birthday\nAnn,03/04/1980\nBob,25/06/1990\n');
    expect(analyzed.table!.dateOrder).toMatchObject({ detected: 'dmy', ambiguous: false });
  });

  it('uses a chosen mapping: unmapped columns to notes or custom fields', async () => {
    const analyzed = await analyzeBytes(core, 'Who,Mail,Shoe size,Remark\nAnn Lee,ann@example.com,38,likes tea\n');
    const mapping = {
      Who: { field: 'fullName' as const },
      Mail: { field: 'email' as const },
      'Shoe size': { field: 'custom' as const, label: 'Shoe size' },
      Remark: { field: 'note' as const, label: 'Remark' },
    };
    const saved = await core.call('import.mappings.save', { name: 'My CRM', mapping });
    expect(await core.call('import.mappings.list', {})).toEqual([saved]);
    const summary = await core.call('import.commit', { sourceId: analyzed.sourceId, options: { mapping } });
    expect(summary.created).toBe(1);
    const [ann] = await liveContacts(core);
    const full = await core.call('contacts.get', { id: ann!.id });
    expect(full).toMatchObject({ firstName: 'Ann', lastName: 'Lee', notes: 'Remark: likes tea', emails: [{ value: 'ann@example.com' }] });
    const custom = core.context.database.sqlite.prepare('SELECT label, value FROM contact_custom_fields WHERE contact_id = ?').all(ann!.id);
    expect(custom).toEqual([{ label: 'Shoe size', value: '38' }]);
    expect(await core.call('import.mappings.delete', { id: saved.id })).toEqual({ ok: true });
  });

  it('stores photos that readers attach to records', async () => {
    const photo = { kind: 'data' as const, mime: 'image/png', data: new Uint8Array([137, 80, 78, 71]) };
    const summary = await commitSource(core.context, {
      format: 'vcard',
      fileName: 'cards.vcf',
      notes: [],
      records: [{ line: 1, fields: { firstName: 'Ann', emails: [{ value: 'ann@example.com' }] }, photo, warnings: [] }],
    }, { onDuplicate: 'update', rowChoices: new Map(), country: 'FR' });
    expect(summary.created).toBe(1);
    const [ann] = await liveContacts(core);
    expect(await loadContactPhoto(core.context.database.db, ann!.id)).toMatchObject({ kind: 'data', mime: 'image/png' });
  });

  it('reads a file sent in pieces exactly like one sent whole, even cut inside a character', async () => {
    const text = 'Prénom,Nom,Société\nHélène,Dupré,Ébénisterie Léon\nJérôme,Côté,\n';
    const file = Buffer.from(text, 'utf8');
    const cut = file.indexOf(Buffer.from('é', 'utf8')) + 1; // between the two bytes of "é"
    const first = await core.call('import.upload', { data: file.subarray(0, cut).toString('base64') });
    const second = await core.call('import.upload', { uploadId: first.uploadId, data: file.subarray(cut).toString('base64') });
    expect(second).toEqual({ uploadId: first.uploadId, bytes: file.length });
    const pieces = await core.call('import.analyze', { fileName: 'clients.csv', uploadId: first.uploadId });
    const whole = await core.call('import.analyze', { fileName: 'clients.csv', data: file.toString('base64') });
    expect({ ...pieces, sourceId: '' }).toEqual({ ...whole, sourceId: '' });
    expect(pieces.encoding).toBe('utf-8');
    // The upload was used up by the analysis.
    await expect(core.call('import.analyze', { fileName: 'clients.csv', uploadId: first.uploadId })).rejects.toMatchObject({ code: 'not_found' });
  });
});
