import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { openTempCore } from '../helpers/temp-core.ts';
import { importText } from '../helpers/import-helpers.ts';

let core: Core;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ core, cleanup } = await openTempCore()); // default country FR
});
afterEach(async () => cleanup());

const idsFound = async (search: string) => (await core.call('contacts.list', { search })).items.map((item) => item.id);

describe('finding a phone by any run of digits', () => {
  it('finds a number by 4 or more digits from anywhere in it, as typed or international', async () => {
    const uk = await core.call('contacts.create', { firstName: 'Oliver', phones: [{ value: '+44 7911 123456' }] });
    const us = await core.call('contacts.create', { firstName: 'Grace', phones: [{ value: '(415) 555-1234' }] });
    const fr = await core.call('contacts.create', { firstName: 'Léa', phones: [{ value: '06 98 76 54 32' }] });
    const cases: [string, string][] = [
      ['7911', uk.id], // the start of the national number
      ['1234', uk.id], // inside: "123456"
      ['911 123', uk.id], // across the typed space
      ['447911123456', uk.id], // the whole E.164 form
      ['5551234', us.id], // across ") " and "-"
      ['555-1234', us.id],
      ['4155551234', us.id],
      ['1 415 555', us.id], // international form of a number typed nationally
      ['98765', fr.id],
      ['8765', fr.id],
      ['+33 6 98 76 54 32', fr.id], // typed nationally, searched internationally
      ['+33698765432', fr.id],
      ['0033 6 98 76', fr.id], // "00" is the international prefix
      ['06 98 76 54 32', fr.id],
      ['0698765432', fr.id],
      ['698765432', fr.id],
    ];
    for (const [search, id] of cases) expect(await idsFound(search), search).toContain(id);
    expect(await idsFound('1234')).toEqual(expect.arrayContaining([uk.id, us.id]));
  });

  it('does not find a number by digits it does not contain in that order', async () => {
    await core.call('contacts.create', { firstName: 'Oliver', phones: [{ value: '+44 7911 123456' }] });
    for (const search of ['1243', '79112', '+33 7911', '4455']) expect(await idsFound(search), search).toEqual([]);
  });

  it('keeps word search for other text: a run of digits does not stand in for words', async () => {
    const ana = await core.call('contacts.create', { firstName: 'Ana', notes: 'Invoice 2024 paid', phones: [{ value: '06 12 34 56 78' }] });
    expect(await idsFound('ana 5678')).toEqual([ana.id]);
    expect(await idsFound('invoice 2024')).toEqual([ana.id]);
    expect(await idsFound('ana 9999')).toEqual([]);
  });

  it('finds a number after an edit, and no longer by the old one', async () => {
    const ana = await core.call('contacts.create', { firstName: 'Ana', phones: [{ value: '06 12 34 56 78' }] });
    await core.call('contacts.update', { id: ana.id, fields: { firstName: 'Ana', phones: [{ value: '07 11 22 33 44' }] } });
    expect(await idsFound('112233')).toEqual([ana.id]);
    expect(await idsFound('123456')).toEqual([]);
  });

  it('finds imported numbers the same way as typed ones', async () => {
    await importText(core, 'First Name,Phone\nOliver,+44 7911 123456\nGrace,(415) 555-1234\n', { country: 'US' });
    expect((await core.call('contacts.list', { search: '7911' })).items.map((item) => item.displayName)).toEqual(['Oliver']);
    expect((await core.call('contacts.list', { search: '5551234' })).items.map((item) => item.displayName)).toEqual(['Grace']);
    expect((await core.call('contacts.list', { search: '+1 415 555 1234' })).items.map((item) => item.displayName)).toEqual(['Grace']);
  });
});
