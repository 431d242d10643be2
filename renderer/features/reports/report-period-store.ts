import { create } from 'zustand';
import { addMonths } from '../../../shared/domain/local-date.ts';
import { localToday } from '../../stores/today-store.ts';

export type PeriodPreset = 'last12' | 'thisYear' | 'lastYear';

/** The period a preset names, ending today (or last year's 31 December). */
export function presetPeriod(preset: PeriodPreset, today = localToday()): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  if (preset === 'thisYear') return { from: `${year}-01-01`, to: today };
  if (preset === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  return { from: addMonths(`${today.slice(0, 7)}-01`, -11), to: today };
}

interface ReportPeriodState {
  from: string;
  to: string;
  /** The preset the period follows (it moves with the day), or null once dates were typed. */
  preset: PeriodPreset | null;
  /** Where "Export CSV" writes (the backup folder at first; typed, kept while the app runs). */
  folder: string;
  setPeriod(from: string, to: string): void;
  setPreset(preset: PeriodPreset): void;
  /**
   * Moves a preset's period to `today` (a counter app stays open for days: "Last 12 months" opened
   * yesterday must take in today's sales). Says whether the period changed.
   */
  followToday(today?: string): boolean;
  setFolder(folder: string): void;
}

/** The Reports screen's period and export folder, kept when the user goes to a customer and back. */
export const useReportPeriod = create<ReportPeriodState>((set, get) => ({
  ...presetPeriod('last12'),
  preset: 'last12',
  folder: '',
  setPeriod(from, to) {
    set({ from, to, preset: null });
  },
  setPreset(preset) {
    set({ ...presetPeriod(preset), preset });
  },
  followToday(today = localToday()) {
    const { preset, from, to } = get();
    if (preset === null) return false;
    const period = presetPeriod(preset, today);
    if (period.from === from && period.to === to) return false;
    set(period);
    return true;
  },
  setFolder(folder) {
    set({ folder });
  },
}));
