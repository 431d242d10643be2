// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { FileDrop } from '../../../renderer/features/import/FileDrop.tsx';
import { fakeClient } from './fake-client.ts';

afterEach(cleanup);

describe('FileDrop', () => {
  it('imports the first of several dropped files and names the others instead of dropping them silently', async () => {
    const client = fakeClient({ 'import.formats': () => [{ format: 'csv', label: 'CSV', extensions: ['.csv'] }] });
    const onFile = vi.fn();
    render(
      <ClientContext.Provider value={client}>
        <FileDrop onFile={onFile} disabled={false} />
      </ClientContext.Provider>,
    );
    const files = ['a.csv', 'b.csv', 'c.csv'].map((name) => new File(['Name\nAnn\n'], name, { type: 'text/csv' }));
    fireEvent.drop(screen.getByTestId('import-drop'), { dataTransfer: { files } });
    expect(onFile).toHaveBeenCalledTimes(1);
    expect((onFile.mock.calls[0]![0] as File).name).toBe('a.csv');
    expect(screen.getByRole('status').textContent).toMatch(/b\.csv and c\.csv were not imported/);
  });

  it('says nothing more for a single file', () => {
    const client = fakeClient({ 'import.formats': () => [] });
    const onFile = vi.fn();
    render(
      <ClientContext.Provider value={client}>
        <FileDrop onFile={onFile} disabled={false} />
      </ClientContext.Provider>,
    );
    fireEvent.drop(screen.getByTestId('import-drop'), { dataTransfer: { files: [new File(['x'], 'only.csv')] } });
    expect(onFile).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
