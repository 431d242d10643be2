// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { useImportWizard, type ChooseOutcome } from '../../../renderer/features/import/use-import-wizard.ts';
import type { MethodOutput } from '../../../shared/contract/index.ts';
import { fakeClient } from './fake-client.ts';

type Analyzed = MethodOutput<'import.analyze'>;

/** Small pieces here (jsdom's Blob is slow and hungry); the app sends 8 MB ones. */
const PIECE = 64 * 1024;

function bigCsv(): File {
  const row = 'Ana,Pérez,ana@example.es\n';
  const rows = Math.ceil((PIECE * 2.5) / row.length);
  return new File(['First Name,Last Name,Email\n', row.repeat(rows)], 'big.csv', { type: 'text/csv' });
}

describe('the import wizard with a big file', () => {
  it('sends it in pieces, in order, then reads it by its upload id', async () => {
    const file = bigCsv();
    const received: Uint8Array[] = [];
    const client = fakeClient({
      'import.upload': ({ uploadId, data }) => {
        received.push(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
        return { uploadId: uploadId ?? 'up-1', bytes: received.reduce((n, piece) => n + piece.length, 0) };
      },
      'import.analyze': () => ({ sourceId: 'src-1', table: null } as unknown as Analyzed),
      'import.preview': () => ({ counts: { new: 0, update: 0, already: 0, duplicate: 0, error: 0 }, actions: { create: 0, update: 0, skip: 0 }, total: 0, rows: [], dateQuestion: null, notes: [] }),
    });
    const wrapper = ({ children }: { children: ReactNode }) => <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
    const { result } = renderHook(() => useImportWizard(() => undefined, { pieceBytes: PIECE }), { wrapper });
    await act(async () => {
      await result.current.chooseFile(file);
    });
    expect(client.callsTo('import.upload')).toEqual([
      expect.objectContaining({ uploadId: null }),
      expect.objectContaining({ uploadId: 'up-1' }),
      expect.objectContaining({ uploadId: 'up-1' }),
    ]);
    const sent = Uint8Array.from(received.flatMap((piece) => [...piece]));
    expect(sent).toEqual(new Uint8Array(await file.arrayBuffer()));
    expect(client.callsTo('import.analyze')).toEqual([{ fileName: 'big.csv', uploadId: 'up-1' }]);
    expect(result.current.sending).toBeNull();
  });

  it('stops sending when the user stops, and lets the core forget the pieces', async () => {
    let release: () => void = () => undefined;
    const client = fakeClient({
      'import.upload': ({ uploadId }) => new Promise((resolve) => (release = () => resolve({ uploadId: uploadId ?? 'up-2', bytes: PIECE }))),
      'import.discard': () => ({ ok: true }),
    });
    const wrapper = ({ children }: { children: ReactNode }) => <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
    const { result } = renderHook(() => useImportWizard(() => undefined, { pieceBytes: PIECE }), { wrapper });
    let reading: Promise<ChooseOutcome> = Promise.resolve({ status: 'stopped' });
    act(() => {
      reading = result.current.chooseFile(bigCsv());
    });
    await waitFor(() => expect(client.callsTo('import.upload')).toHaveLength(1));
    act(() => result.current.stopReading());
    await act(async () => {
      release();
      await reading;
    });
    await expect(reading).resolves.toEqual({ status: 'stopped' });
    expect(client.callsTo('import.upload')).toHaveLength(1);
    expect(client.callsTo('import.discard')).toEqual([{ sourceId: 'up-2' }]);
    expect(result.current.step).toBe('choose');
  });
});
