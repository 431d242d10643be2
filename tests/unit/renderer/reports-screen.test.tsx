// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { ReportsScreen } from '../../../renderer/features/reports/ReportsScreen.tsx';
import { RfmBadge } from '../../../renderer/features/reports/RfmBadge.tsx';
import { OverdueCustomers } from '../../../renderer/features/reports/OverdueCustomers.tsx';
import { SubsetFilterBar } from '../../../renderer/features/reports/SubsetFilterBar.tsx';
import { contactListStores } from '../../../renderer/stores/contact-list-store.ts';
import { useNavigation } from '../../../renderer/stores/navigation-store.ts';
import { useQuickLog } from '../../../renderer/stores/quick-log-store.ts';
import { useToasts } from '../../../renderer/stores/toast-store.ts';
import { presetPeriod, useReportPeriod } from '../../../renderer/features/reports/report-period-store.ts';
import type { ReportsOverview } from '../../../shared/contract/reports.ts';
import { fakeClient, type FakeClient } from './fake-client.ts';

afterEach(() => {
  cleanup();
  useReportPeriod.setState({ ...presetPeriod('last12'), preset: 'last12', folder: '' });
  contactListStores.person.getState().setSubset(null);
  useQuickLog.getState().close();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

function overview(parts: Partial<ReportsOverview> = {}): ReportsOverview {
  const eur = (minor: number) => ({ currency: 'EUR', minor });
  return {
    from: '2026-01-01',
    to: '2026-02-28',
    currency: 'EUR',
    purchaseCount: 5,
    newCustomers: [{ month: '2026-01', count: 2, contactIds: ['a', 'b'] }, { month: '2026-02', count: 0, contactIds: [] }],
    sales: [
      { month: '2026-01', orders: 3, amounts: [eur(12_000), { currency: 'USD', minor: 700 }], previousYear: { month: '2025-01', orders: 1, amounts: [eur(5_000)] } },
      { month: '2026-02', orders: 0, amounts: [], previousYear: { month: '2025-02', orders: 0, amounts: [] } },
    ],
    revenue: [eur(12_000), { currency: 'USD', minor: 700 }],
    orders: 3,
    topCustomers: [
      { contactId: 'a', displayName: 'Ana Pérez', totalMinor: 9_000, share: 0.75, cumulativeShare: 0.75, otherAmounts: [{ currency: 'USD', minor: 700 }] },
      { contactId: 'b', displayName: 'Ben Cohen', totalMinor: 3_000, share: 0.25, cumulativeShare: 1, otherAmounts: [] },
    ],
    overdue: [{ contactId: 'b', displayName: 'Ben Cohen', lastPurchase: '2025-10-01', usualIntervalDays: 14, daysSince: 120, lifetime: [eur(3_000)] }],
    overdueTotal: 1,
    ...parts,
  };
}

function renderReports(report: ReportsOverview, backupFolder: string | null = null): FakeClient {
  const client = fakeClient({
    'reports.overview': () => report,
    'backup.status': () => ({ folder: backupFolder, last: null, autoFolder: '/data/snapshots', undo: null }),
    'reports.buyers': () => ({ contactIds: ['a', 'c'] }),
    'reports.exportCsv': ({ report: name, folder }) => ({ path: `${String(folder)}/carnet-${String(name)}.csv`, rows: 2 }),
  });
  render(
    <ClientContext.Provider value={client}>
      <ReportsScreen />
    </ClientContext.Provider>,
  );
  return client;
}

describe('Reports screen', () => {
  it('says what to do before any purchase', async () => {
    renderReports(overview({ purchaseCount: 0 }));
    await settle();
    expect(screen.getByRole('heading', { name: 'No purchases yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import sales' }));
    expect(useNavigation.getState().place).toBe('import');
  });

  it('shows each report as a table, currencies side by side, never added', async () => {
    renderReports(overview());
    await settle();
    const sales = screen.getByRole('table', { name: 'Sales per month' });
    const january = within(sales).getAllByRole('row')[1]!;
    expect(january.textContent).toContain('€120.00');
    expect(january.textContent).toMatch(/€120\.00 · (US)?\$7\.00/); // both, side by side
    expect(january.textContent).toContain('€50.00');
    const top = screen.getByRole('table', { name: 'Top 20 customers' });
    expect(within(top).getAllByRole('row')[1]!.textContent).toMatch(/Ana Pérez.*€90\.00.*75\.0%.*75\.0%.*\$7\.00/);
    expect(within(top).getAllByRole('row')[2]!.textContent).toMatch(/25\.0%.*100\.0%/);
    expect(screen.getByText('Rankings in EUR; other currencies are shown beside, never converted.')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Overdue customers' })).getByRole('rowheader', { name: 'Ben Cohen' })).toBeTruthy();
  });

  it('opens the customers behind a row in Contacts', async () => {
    const client = renderReports(overview());
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Show the 2 customers of January 2026' }));
    expect(useNavigation.getState().place).toBe('contacts');
    expect(contactListStores.person.getState().subset).toEqual({ label: 'New customers, January 2026', ids: ['a', 'b'], segment: null });

    useNavigation.getState().go('reports');
    fireEvent.click(within(screen.getByRole('table', { name: 'Sales per month' })).getByRole('button', { name: 'Show the 3 customers of January 2026' }));
    await settle();
    expect(client.callsTo('reports.buyers')).toEqual([{ period: { from: '2026-01-01', to: '2026-01-31' } }]);
    expect(contactListStores.person.getState().subset?.ids).toEqual(['a', 'c']);
  });

  it('asks for the period picked and exports a report into the folder typed', async () => {
    const client = renderReports(overview());
    await settle();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-02-01' } });
    await settle();
    expect(client.callsTo('reports.overview').at(-1)).toMatchObject({ period: { from: '2026-02-01' } });
    // A reversed period is not applied.
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-01-01' } });
    expect(useReportPeriod.getState().to).not.toBe('2025-01-01');
    fireEvent.change(screen.getByLabelText('Folder for CSV files'), { target: { value: '/tmp/out' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export Top 20 customers as CSV' }));
    await settle();
    expect(client.callsTo('reports.exportCsv')).toEqual([expect.objectContaining({ report: 'topCustomers', folder: '/tmp/out' })]);
    expect(useToasts.getState().toasts.at(-1)?.message).toBe('2 rows saved to /tmp/out/carnet-topCustomers.csv');
  });
});

describe('the period on a later day', () => {
  it('moves a preset to today (the app stays open for days), and keeps dates the user typed', async () => {
    // "Last 12 months" as it was when the screen was last opened, long ago.
    useReportPeriod.setState({ from: '2024-01-01', to: '2024-12-31', preset: 'last12' });
    let client = renderReports(overview());
    await settle();
    expect(client.callsTo('reports.overview')).toEqual([expect.objectContaining({ period: presetPeriod('last12') })]);
    expect(screen.getByRole('button', { name: 'Last 12 months' }).getAttribute('aria-pressed')).toBe('true');
    cleanup();

    useReportPeriod.getState().setPeriod('2024-03-01', '2024-03-31');
    client = renderReports(overview());
    await settle();
    expect(client.callsTo('reports.overview')).toEqual([expect.objectContaining({ period: { from: '2024-03-01', to: '2024-03-31' } })]);
    fireEvent.click(screen.getByRole('button', { name: 'This year' }));
    await settle();
    expect(useReportPeriod.getState()).toMatchObject({ ...presetPeriod('thisYear'), preset: 'thisYear' });
    expect(client.callsTo('reports.overview').at(-1)).toMatchObject({ period: presetPeriod('thisYear') });
  });
});

describe('changes while Reports is open', () => {
  it('reads the figures again once after a burst of changes (an Undo, an import, another window)', async () => {
    useReportPeriod.getState().setPreset('last12');
    let calls = 0;
    const client = fakeClient({ 'reports.overview': () => (calls++ === 0 ? overview() : overview({ orders: 4 })) });
    render(
      <ClientContext.Provider value={client}>
        <ReportsScreen />
      </ClientContext.Provider>,
    );
    await settle();
    const totals = () => document.querySelector('.report-totals')?.textContent;
    expect(totals()).toContain('Orders: 3');
    act(() => {
      for (let i = 0; i < 5; i++) client.emit({ type: 'contacts.changed', ids: [`c${i}`] });
      client.emit({ type: 'tasks.changed', ids: [] });
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(client.callsTo('reports.overview')).toHaveLength(2);
    expect(totals()).toContain('Orders: 4');
  });
});

describe('the preset buttons', () => {
  it('press the preset chosen only, even when two give the same dates (December)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 5, 12));
    try {
      useReportPeriod.getState().setPreset('last12');
      expect(presetPeriod('last12')).toEqual(presetPeriod('thisYear')); // 2026-01-01 to 2026-12-05 both
      renderReports(overview());
      await settle();
      const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');
      expect([pressed('Last 12 months'), pressed('This year'), pressed('Last year')]).toEqual(['true', 'false', 'false']);
      fireEvent.click(screen.getByRole('button', { name: 'This year' }));
      expect([pressed('Last 12 months'), pressed('This year')]).toEqual(['false', 'true']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the period presets and the export folder', () => {
  const pressedNames = () => screen.getAllByRole('button', { pressed: true }).map((button) => button.textContent);

  it('shows exactly the preset chosen as pressed, and none after dates typed by hand', async () => {
    renderReports(overview());
    await settle();
    expect(pressedNames()).toEqual(['Last 12 months']);
    fireEvent.click(screen.getByRole('button', { name: 'This year' }));
    expect(pressedNames()).toEqual(['This year']);
    fireEvent.click(screen.getByRole('button', { name: 'Last year' }));
    expect(pressedNames()).toEqual(['Last year']);
    // Typed by hand, even to a preset's very days: no preset pressed.
    const thisYear = presetPeriod('thisYear');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: thisYear.from } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: thisYear.to } });
    expect(screen.queryAllByRole('button', { pressed: true })).toEqual([]);
    expect(screen.getAllByRole('button', { pressed: false }).map((button) => button.textContent)).toEqual(['Last 12 months', 'This year', 'Last year']);
  });

  it('starts the export folder at the backup folder, and the folder typed wins', async () => {
    const client = renderReports(overview(), '/media/usb');
    await settle();
    const field = screen.getByLabelText('Folder for CSV files') as HTMLInputElement;
    expect(field.value).toBe('/media/usb');
    fireEvent.click(screen.getByRole('button', { name: 'Export Sales per month as CSV' }));
    await settle();
    expect(client.callsTo('reports.exportCsv')).toEqual([expect.objectContaining({ report: 'sales', folder: '/media/usb' })]);
    fireEvent.change(field, { target: { value: '/tmp/elsewhere' } });
    cleanup();
    renderReports(overview(), '/media/usb');
    await settle();
    expect((screen.getByLabelText('Folder for CSV files') as HTMLInputElement).value).toBe('/tmp/elsewhere');
  });

  it('without a backup folder the field stays empty, to type', async () => {
    renderReports(overview(), null);
    await settle();
    expect((screen.getByLabelText('Folder for CSV files') as HTMLInputElement).value).toBe('');
  });
});

describe('RFM on contacts and in the list', () => {
  it('shows the segment and explains it on focus', async () => {
    const client = fakeClient({ 'reports.rfmOf': () => ({ contactId: 'a', recency: 4, frequency: 5, monetary: 3, segment: 'loyal', computedAt: 'x' }) });
    render(
      <ClientContext.Provider value={client}>
        <RfmBadge contactId="a" />
      </ClientContext.Provider>,
    );
    await settle();
    expect(screen.getByText('Loyal')).toBeTruthy();
    fireEvent.focus(screen.getByText('Loyal').parentElement!);
    expect(screen.getByRole('tooltip').textContent).toBe('Recency 4, frequency 5, monetary 3 (1 to 5, 5 best, against your other customers): Loyal.');
  });

  it('filters the list by segment, once customers have scores', async () => {
    let counts = [] as { segment: 'atRisk'; count: number }[];
    const client = fakeClient({ 'reports.segmentCounts': () => counts });
    render(
      <ClientContext.Provider value={client}>
        <SubsetFilterBar list={contactListStores.person} />
      </ClientContext.Provider>,
    );
    await settle();
    expect(screen.queryByLabelText('RFM segment')).toBeNull();
    counts = [{ segment: 'atRisk', count: 3 }];
    act(() => contactListStores.person.getState().refresh());
    await settle();
    expect(screen.getByRole('option', { name: 'At risk (3)' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('RFM segment'), { target: { value: 'atRisk' } });
    expect(contactListStores.person.getState().subset).toEqual({ label: 'At risk', ids: null, segment: 'atRisk' });
    fireEvent.change(screen.getByLabelText('RFM segment'), { target: { value: '' } });
    expect(contactListStores.person.getState().subset).toBeNull();
  });
});

describe('Today: customers to call back', () => {
  it('lists overdue customers and logs a call with L', async () => {
    const report = overview();
    const client = fakeClient({ 'reports.overdue': () => ({ items: report.overdue, total: 4 }) });
    render(
      <ClientContext.Provider value={client}>
        <OverdueCustomers />
      </ClientContext.Provider>,
    );
    await settle();
    const row = screen.getByRole('listitem', { name: 'Ben Cohen' });
    expect(row.textContent).toContain('usually every 14 days');
    expect(screen.getByText('and 3 more')).toBeTruthy();
    fireEvent.keyDown(row, { key: 'l', code: 'KeyL' });
    expect(useQuickLog.getState().request).toEqual({ contactId: 'b', type: 'call' });
  });
});
