// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { useCardReading } from '../../../renderer/features/import/cards/use-card-reading.ts';
import type { MethodOutput } from '../../../shared/contract/index.ts';
import { fakeClient } from './fake-client.ts';

type Reading = MethodOutput<'cards.read'>;
const reading = (fileName: string) => ({ fileName }) as unknown as Reading;

describe('reading card photos', () => {
  it('stops after the cards read so far: the rest are dropped, a late answer is ignored', async () => {
    let answerSecond: (value: Reading) => void = () => undefined;
    const client = fakeClient({
      'cards.read': ({ fileName }) => (fileName === 'a.png' ? reading('a.png') : new Promise<Reading>((resolve) => (answerSecond = resolve))),
    });
    const wrapper = ({ children }: { children: ReactNode }) => <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
    const { result } = renderHook(() => useCardReading(), { wrapper });
    const files = ['a.png', 'b.png', 'c.png'].map((name) => new File([new Uint8Array([1, 2, 3])], name, { type: 'image/png' }));

    let run: Promise<void> = Promise.resolve();
    act(() => {
      run = result.current.start(files);
    });
    await waitFor(() => expect(result.current.queue.map((card) => card.status)).toEqual(['ready', 'reading', 'waiting']));
    expect(result.current.progress).toMatchObject({ index: 2, total: 3 });

    let kept = -1;
    act(() => {
      kept = result.current.stop();
    });
    expect(kept).toBe(1);
    expect(result.current.progress).toBeNull();
    expect(result.current.queue.map((card) => card.fileName)).toEqual(['a.png']);

    await act(async () => {
      answerSecond(reading('b.png'));
      await run;
    });
    expect(result.current.queue.map((card) => card.fileName)).toEqual(['a.png']);
    expect(client.callsTo('cards.read')).toHaveLength(2); // c.png was never sent
  });
});
