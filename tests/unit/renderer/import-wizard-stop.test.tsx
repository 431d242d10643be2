// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { useImportWizard, type ChooseOutcome } from '../../../renderer/features/import/use-import-wizard.ts';
import type { MethodOutput } from '../../../shared/contract/index.ts';
import { fakeClient } from './fake-client.ts';

type Analyzed = MethodOutput<'import.analyze'>;

describe('the import wizard while a file is being read', () => {
  it('can stop waiting: back to choosing a file, and the late answer is dropped and discarded', async () => {
    let answer: (value: Analyzed) => void = () => undefined;
    const client = fakeClient({
      'import.analyze': () => new Promise<Analyzed>((resolve) => (answer = resolve)),
      'import.discard': () => ({ ok: true }),
    });
    const wrapper = ({ children }: { children: ReactNode }) => <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
    const { result } = renderHook(() => useImportWizard(() => undefined), { wrapper });

    let reading: Promise<ChooseOutcome> = Promise.resolve({ status: 'stopped' });
    act(() => {
      reading = result.current.chooseFile(new File(['First Name\nAna\n'], 'big.csv', { type: 'text/csv' }));
    });
    await waitFor(() => expect(client.callsTo('import.analyze')).toHaveLength(1));
    expect(result.current.step).toBe('reading');

    act(() => result.current.stopReading());
    expect(result.current.step).toBe('choose');

    await act(async () => {
      answer({ sourceId: 'late-source' } as Analyzed);
      await reading;
    });
    await expect(reading).resolves.toEqual({ status: 'stopped' });
    expect(result.current.step).toBe('choose');
    expect(result.current.analyzed).toBeNull();
    expect(client.callsTo('import.discard')).toContainEqual({ sourceId: 'late-source' });
  });
});
