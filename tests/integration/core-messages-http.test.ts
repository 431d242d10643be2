import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/web/web-host.ts';
import { errorMessage } from '../../renderer/app/error-message.ts';
import { coreSentence } from '../../renderer/i18n/core-sentences.ts';
import { useLocale } from '../../renderer/i18n/locale-store.ts';
import { createHttpTransport } from '../../renderer/transport/http-transport.ts';
import type { Transport } from '../../renderer/transport/transport.ts';
import type { VerifyResult } from '../../shared/contract/backup.ts';
import { CarnetError } from '../../shared/errors.ts';
import { backupOf, seedContacts } from '../helpers/backup-fixtures.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';

/**
 * A sentence the core writes reaches the renderer with its message id over real HTTP, and the
 * renderer says it in the interface language; the English stays in `message` for the CLI.
 */
describe('core sentences over the web host', () => {
  let host: WebHost;
  let transport: Transport;
  let dataDir: string;
  let core: Awaited<ReturnType<typeof openTempCore>>['core'];
  let done: () => Promise<void>;
  const backups = makeTempDir('carnet-backups-');

  beforeAll(async () => {
    const opened = await openTempCore();
    core = opened.core;
    dataDir = opened.dataDir;
    const renderer = makeTempDir('carnet-renderer-');
    fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>Carnet</title>');
    host = await startWebHost({ core, staticDir: renderer.dir });
    transport = createHttpTransport(`http://127.0.0.1:${host.port}`, host.token);
    done = async () => {
      await host.close();
      await opened.cleanup();
      renderer.cleanup();
      backups.cleanup();
    };
  });
  afterAll(async () => done());
  afterEach(() => useLocale.getState().choose('en'));

  const failure = async (method: string, input: unknown): Promise<CarnetError> => {
    const error = await transport.invoke(method as never, input as never).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(CarnetError);
    return error as CarnetError;
  };

  it('a bad CSV: French on screen, English in the message', async () => {
    const data = Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x00, 0x41, 0x00]).toString('base64');
    const error = await failure('import.analyze', { fileName: 'clients.csv', data });
    expect(error.message).toBe('clients.csv does not look like a CSV file: it holds binary data (is it a spreadsheet .xlsx or an image?). Save it as CSV and try again.');
    useLocale.getState().choose('fr');
    expect(errorMessage(error)).toBe('clients.csv ne ressemble pas à un fichier CSV\u00A0: il contient des données binaires (est-ce un classeur .xlsx ou une image\u00A0?). Enregistrez-le au format CSV et réessayez.');
  });

  it('a wrong backup passphrase: the check and the restore say it in French', async () => {
    await seedContacts(core);
    const backup = await backupOf(core, dataDir, backups.dir, { passphrase: 'Correct horse battery staple' });
    const verified = (await transport.invoke('backup.verify', { path: backup.path, passphrase: 'wrong passphrase' })) as VerifyResult;
    expect(verified).toMatchObject({ ok: false, problem: 'wrong_passphrase', message: expect.stringMatching(/passphrase is wrong/) });
    const restoring = await failure('backup.restore', { path: backup.path, passphrase: 'wrong passphrase' });
    useLocale.getState().choose('fr');
    const name = path.basename(backup.path);
    expect(coreSentence(verified.said!)).toBe(`La phrase secrète est fausse pour ${name}. Vérifiez-la et réessayez (les majuscules comptent).`);
    expect(errorMessage(restoring)).toBe(`La phrase secrète est fausse pour ${name}. Vérifiez-la et réessayez (les majuscules comptent). Rien n’a été restauré\u00A0; vos données actuelles sont inchangées.`);
  });

  it('a missing contact, in German', async () => {
    const error = await failure('contacts.get', { id: 'no-such-id' });
    useLocale.getState().choose('de');
    expect(errorMessage(error)).toBe('Kein Kontakt mit der ID no-such-id');
  });
});
