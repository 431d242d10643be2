import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core.ts';
import { CliExit, resolvePerson } from '../../electron/cli/person-argument.ts';
import { CarnetError } from '../../shared/errors.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

let cleanup: () => void;
let core: Core;
let ana: { id: string };
let anaBis: { id: string };
beforeEach(async () => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  core = await createCore({ dataDir: temp.dir, locale: 'fr-FR', autoBackup: { enabled: false } });
  ana = await core.call('contacts.create', { firstName: 'Ana', lastName: 'Pérez', emails: [{ label: 'work', value: 'ana@shop.example' }] });
  anaBis = await core.call('contacts.create', { firstName: 'Ana', lastName: 'Pérez Gil', company: 'Gil SL', notes: 'Colleague of ana@shop.example' });
  await core.call('contacts.create', { firstName: 'Bruno', lastName: 'Marti' });
});
afterEach(async () => {
  await core.close();
  cleanup();
});

describe('a PERSON argument of the CLI', () => {
  it('is an id, a unique search, an exact email or an exact name', async () => {
    expect((await resolvePerson(core, ana.id)).id).toBe(ana.id);
    expect((await resolvePerson(core, 'bruno')).displayName).toBe('Bruno Marti');
    // The other Ana's notes mention the address: the exact email still names one person.
    expect((await resolvePerson(core, 'ANA@shop.example')).id).toBe(ana.id);
    expect((await resolvePerson(core, 'ana perez')).id).toBe(ana.id);
  });

  it('exits with 2 and lists the candidates when several contacts match', async () => {
    const error = await resolvePerson(core, 'Ana').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliExit);
    expect((error as CliExit).exitCode).toBe(2);
    expect((error as CliExit).text).toContain(ana.id);
    expect((error as CliExit).text).toContain(`${anaBis.id}  Ana Pérez Gil  (Gil SL)`);
  });

  it('says plainly when nobody matches', async () => {
    await expect(resolvePerson(core, 'Zoltan')).rejects.toSatisfy((error) => error instanceof CarnetError && error.code === 'not_found' && /Zoltan/.test(error.message));
    await expect(resolvePerson(core, '  ')).rejects.toThrow(/Say who/);
  });
});
