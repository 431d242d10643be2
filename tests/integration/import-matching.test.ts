import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { analyzeBytes, importText } from '../helpers/import-helpers.ts';
import { openTempCore } from '../helpers/temp-core.ts';

/**
 * A shared email or phone is evidence, not identity: people who share a switchboard, an info@
 * mailbox or a home number stay separate people, each with their own details.
 */
let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => {
  await cleanup();
});

/** Every live person: name -> their emails and phones (E.164), sorted. */
async function people(target: Core = core): Promise<Map<string, { emails: string[]; phones: string[] }>> {
  const list = await target.call('contacts.list', { kind: 'person', limit: 1000 });
  const result = new Map<string, { emails: string[]; phones: string[] }>();
  for (const item of list.items) {
    const contact = await target.call('contacts.get', { id: item.id });
    expect(result.has(contact.displayName), `${contact.displayName} is there once`).toBe(false);
    result.set(contact.displayName, { emails: contact.emails.map((e) => e.value).sort(), phones: contact.phones.map((p) => p.e164 ?? p.value).sort() });
  }
  return result;
}

const SWITCHBOARD = [
  'First Name,Last Name,Company,E-mail Address,Business Phone',
  'Alice,Martin,Acme,alice@acme.com,+1 415 555 0100',
  'Bob,Durand,Acme,bob@acme.com,+1 415 555 0100',
  'Carla,Nunes,Other Co,carla@other.com,+1 415 555 0100',
].join('\n');

describe('import matching: shared keys', () => {
  it('keeps three colleagues who share the office switchboard, each with their own email', async () => {
    const { summary } = await importText(core, SWITCHBOARD);
    expect(summary).toMatchObject({ created: 3, createdCompanies: 2, updated: 0, possibleDuplicates: 2 });
    expect(summary.duplicatesToReview.map((row) => [row.line, row.displayName, row.match.displayName, row.match.value])).toEqual([
      [3, 'Bob Durand', 'Alice Martin', '+1 415 555 0100'],
      [4, 'Carla Nunes', 'Alice Martin', '+1 415 555 0100'],
    ]);
    const all = await people();
    expect(all.get('Alice Martin')).toEqual({ emails: ['alice@acme.com'], phones: ['+14155550100'] });
    expect(all.get('Bob Durand')).toEqual({ emails: ['bob@acme.com'], phones: ['+14155550100'] });
    expect(all.get('Carla Nunes')).toEqual({ emails: ['carla@other.com'], phones: ['+14155550100'] });
  });

  it('keeps them apart against contacts already in the database too, and says why in the preview', async () => {
    await importText(core, SWITCHBOARD.split('\n').slice(0, 2).join('\n'));
    const analyzed = await analyzeBytes(core, SWITCHBOARD);
    const preview = await core.call('import.preview', { sourceId: analyzed.sourceId });
    const bob = preview.rows.find((row) => row.line === 3)!;
    expect(bob).toMatchObject({ status: 'duplicate', action: 'create', match: { by: 'phone', displayName: 'Alice Martin', namesConflict: true, line: null } });
    expect(bob.message).toBe('shares +1 415 555 0100 with Alice Martin, whose name differs: will be created as another person');
    expect(preview.rows.find((row) => row.line === 2)).toMatchObject({ status: 'already', action: 'skip' });
    const { summary } = await importText(core, SWITCHBOARD);
    expect(summary).toMatchObject({ created: 2, alreadyThere: 1, possibleDuplicates: 2, updated: 0 });
    expect([...(await people()).keys()].sort()).toEqual(['Alice Martin', 'Bob Durand', 'Carla Nunes']);
  });

  it('never merges a conflicting name under the global update, only by an explicit per-row merge', async () => {
    await importText(core, 'First Name,Last Name,Email\nAlice,Martin,info@shop.fr\n');
    const file = 'First Name,Last Name,Email,Job Title\nBob,Durand,info@shop.fr,Buyer\n';
    const plain = await analyzeBytes(core, file);
    const preview = await core.call('import.preview', { sourceId: plain.sourceId, options: { onDuplicate: 'update' } });
    expect(preview.rows[0]).toMatchObject({ status: 'duplicate', action: 'create' });
    const merged = await importText(core, file, { rowChoices: [{ line: 2, choice: 'merge' }] });
    expect(merged.summary).toMatchObject({ created: 0, updated: 1, possibleDuplicates: 0 });
    const alice = (await people()).get('Alice Martin');
    expect(alice).toEqual({ emails: ['info@shop.fr'], phones: [] });
    const skipped = await importText(core, 'First Name,Last Name,Email\nCarla,Nunes,info@shop.fr\n', { rowChoices: [{ line: 2, choice: 'skip' }] });
    expect(skipped.summary).toMatchObject({ created: 0, skipped: 1, batchId: null });
  });

  it('keeps a shared mailbox on each person, without merging them', async () => {
    const { summary } = await importText(core, 'First Name,Last Name,Email,Phone\nAnne,Petit,home@petit.fr,06 11 11 11 11\nPaul,Petit,home@petit.fr,06 22 22 22 22\n');
    expect(summary).toMatchObject({ created: 2, possibleDuplicates: 1 });
    const all = await people();
    expect(all.get('Anne Petit')).toEqual({ emails: ['home@petit.fr'], phones: ['+33611111111'] });
    expect(all.get('Paul Petit')).toEqual({ emails: ['home@petit.fr'], phones: ['+33622222222'] });
  });

  it('keeps a couple who share a phone apart when their first names differ', async () => {
    await importText(core, 'First Name,Last Name,Phone,Email\nMarie,Lambert,01 45 67 89 10,marie@lambert.fr\n');
    const { summary } = await importText(core, 'First Name,Last Name,Phone,Email\nJacques,Lambert,+33 1 45 67 89 10,jacques@lambert.fr\n');
    expect(summary).toMatchObject({ created: 1, updated: 0, possibleDuplicates: 1 });
    const all = await people();
    expect(all.get('Marie Lambert')!.emails).toEqual(['marie@lambert.fr']);
    expect(all.get('Jacques Lambert')!.emails).toEqual(['jacques@lambert.fr']);
  });

  it('treats the same person with and without a middle initial as one, and updates them', async () => {
    await importText(core, 'First Name,Last Name,Email\nBob,Durand,bob@acme.com\n');
    const { summary } = await importText(core, 'First Name,Middle Name,Last Name,Email,Phone\nBob,J.,Durand,bob@acme.com,+1 415 555 0199\n');
    expect(summary).toMatchObject({ created: 0, updated: 1, possibleDuplicates: 0 });
    expect((await people()).get('Bob Durand')).toEqual({ emails: ['bob@acme.com'], phones: ['+14155550199'] });
  });

  it('matches an initial to the full first name in the same file', async () => {
    const { summary } = await importText(core, 'First Name,Last Name,Email,Job Title\nMarie,Curie,marie@curie.fr,\nM.,Curie,marie@curie.fr,Physicist\n');
    expect(summary).toMatchObject({ created: 1, updated: 1, possibleDuplicates: 0 });
  });

  it('re-importing the same people creates no duplicate and writes nothing', async () => {
    await importText(core, SWITCHBOARD);
    const { summary } = await importText(core, SWITCHBOARD);
    expect(summary).toMatchObject({ created: 0, createdCompanies: 0, updated: 0, alreadyThere: 3, possibleDuplicates: 0, batchId: null });
    expect((await people()).size).toBe(3);
  });

  it('counts a person at a new company as one contact and one company', async () => {
    const { summary } = await importText(core, 'First Name,Last Name,Company\nZoé,Roux,Atelier Roux\n');
    expect(summary).toMatchObject({ created: 1, createdCompanies: 1 });
    const [batch] = await core.call('import.list', {});
    expect(batch!.counts).toMatchObject({ created: 1, createdCompanies: 1 });
  });
});

describe('import matching: property', () => {
  const FIRST = ['Alice', 'Bruno', 'Chloé', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Inès', 'Jonas', 'Karin', 'Luis'];
  const LAST = ['Martin', 'Durand', 'Nunes', 'Ivanova', 'Schmidt', 'García', 'Okafor', 'Lindqvist', 'Moreau', 'Rossi'];
  const SHARED_EMAILS = ['info@shop.example', 'home@family.example', 'desk@office.example'];
  const SHARED_PHONES = ['+33 1 40 00 00 01', '+44 20 7946 0001', '+1 415 555 0100'];

  /** People with distinct names (first and last from separate pools, so no two names agree), some sharing keys. */
  const peopleArb = fc
    .uniqueArray(fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)), { minLength: 2, maxLength: 16, selector: ([first, last]) => `${first} ${last}` })
    .chain((names) =>
      fc.tuple(
        fc.constant(names),
        fc.array(fc.subarray(SHARED_EMAILS), { minLength: names.length, maxLength: names.length }),
        fc.array(fc.subarray(SHARED_PHONES), { minLength: names.length, maxLength: names.length }),
        fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }),
        fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }),
      ),
    )
    .map(([names, emails, phones, inDatabase, ownEmail]) =>
      names.map(([first, last], i) => ({
        first,
        last,
        emails: [...(ownEmail[i] ? [`${first}.${last}@own.example`.toLowerCase()] : []), ...emails[i]!],
        phones: phones[i]!,
        inDatabase: inDatabase[i]!,
      })),
    );

  const csvOf = (rows: { first: string; last: string; emails: string[]; phones: string[] }[]) =>
    ['First Name,Last Name,E-mail Address,E-mail 2 Address,E-mail 3 Address,E-mail 4 Address,Business Phone,Home Phone,Mobile Phone']
      .concat(rows.map((p) => [p.first, p.last, ...pad(p.emails, 4), ...pad(p.phones, 3)].join(',')))
      .join('\n');
  const pad = (values: string[], n: number) => [...values, ...Array<string>(n - values.length).fill('')];

  it('imports people who share random phones and emails into a database of others, losing none and mixing no emails', async () => {
    await fc.assert(
      fc.asyncProperty(peopleArb, async (everyone) => {
        const { core: fresh, cleanup: done } = await openTempCore();
        try {
          const before = everyone.filter((p) => p.inDatabase);
          const file = everyone.filter((p) => !p.inDatabase);
          if (before.length > 0) await importText(fresh, csvOf(before));
          if (file.length > 0) await importText(fresh, csvOf(file));
          const stored = await people(fresh);
          expect([...stored.keys()].sort()).toEqual(everyone.map((p) => `${p.first} ${p.last}`).sort());
          for (const person of everyone) {
            expect(stored.get(`${person.first} ${person.last}`)!.emails, `${person.first} ${person.last}'s emails`).toEqual([...person.emails].sort());
          }
        } finally {
          await done();
        }
      }),
      { numRuns: 25 },
    );
  });
});
