// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { SavedMappings } from '../../../renderer/features/import/SavedMappings.tsx';
import { useToasts } from '../../../renderer/stores/toast-store.ts';
import type { MethodOutput } from '../../../shared/contract/index.ts';
import { fakeClient } from './fake-client.ts';

type Saved = MethodOutput<'import.mappings.list'>;

afterEach(cleanup);

describe('saved mappings in the import wizard', () => {
  it('applies a saved mapping, deletes it, and Undo saves it again', async () => {
    const outlook = { id: 'm1', name: 'Outlook FR', mapping: { Prénom: { field: 'firstName' } }, createdAt: '2026-11-01T00:00:00Z' } as unknown as Saved[number];
    let stored: Saved = [outlook];
    const client = fakeClient({
      'import.mappings.list': () => stored,
      'import.mappings.delete': ({ id }) => {
        stored = stored.filter((entry) => entry.id !== id);
        return { ok: true };
      },
      'import.mappings.save': ({ name, mapping }) => {
        stored = [{ ...outlook, id: 'm2', name, mapping }];
        return stored[0]!;
      },
    });
    const onApply = vi.fn();
    render(
      <ClientContext.Provider value={client}>
        <SavedMappings mapping={{}} onApply={onApply} />
      </ClientContext.Provider>,
    );
    const chooser = await screen.findByRole('combobox', { name: 'Saved mappings' });
    fireEvent.change(chooser, { target: { value: 'm1' } });
    expect(onApply).toHaveBeenCalledWith(outlook.mapping);

    fireEvent.click(screen.getByRole('button', { name: 'Delete mapping "Outlook FR"' }));
    await waitFor(() => expect(client.callsTo('import.mappings.delete')).toEqual([{ id: 'm1' }]));
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Saved mappings' })).toBeNull());
    const toast = useToasts.getState().toasts.at(-1)!;
    expect(toast.message).toBe('Mapping "Outlook FR" deleted');

    await act(async () => {
      await toast.action!.run();
    });
    expect(client.callsTo('import.mappings.save')).toEqual([{ name: 'Outlook FR', mapping: outlook.mapping }]);
    expect(await screen.findByRole('combobox', { name: 'Saved mappings' })).toBeTruthy();
  });
});
