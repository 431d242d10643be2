import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { createInvokeHandler } from '../../electron/main/ipc.ts';
import { openTempCore } from '../helpers/temp-core.ts';

/** The IPC handler without Electron: senderFrame is the only thing it reads from the event. */
describe('Electron IPC handler', () => {
  let core: Core;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ core, cleanup } = await openTempCore()));
  afterEach(async () => cleanup());

  const appFrame = { senderFrame: { url: 'app://carnet/index.html', parent: null } } as never;

  it('relays calls from the app window to the core', async () => {
    const handler = createInvokeHandler(core);
    const reply = await handler(appFrame, 'contacts.create', { firstName: 'Ipc' });
    expect(reply).toMatchObject({ ok: true, result: { firstName: 'Ipc' } });
  });

  it('answers contract errors with their code instead of throwing', async () => {
    const handler = createInvokeHandler(core);
    expect(await handler(appFrame, 'contacts.create', { emails: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await handler(appFrame, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses senders that are not the app’s top frame, and writes nothing', async () => {
    const handler = createInvokeHandler(core);
    for (const senderFrame of [{ url: 'https://evil.example/', parent: null }, { url: 'app://carnet/index.html', parent: {} }, null]) {
      const reply = await handler({ senderFrame } as never, 'contacts.create', { firstName: 'Evil' });
      expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Refused/) } });
    }
    expect((await core.call('contacts.list', {})).total).toBe(0);
  });
});
