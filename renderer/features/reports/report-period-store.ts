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
  /** Where "Export CSV" writes (typed once, kept while the app runs). */
  folder: string;
  setPeriod(from: string, to: string): void;
  setFolder(folder: string): void;
}

/** The Reports screen's period and export folder, kept when the user goes to a customer and back. */
export const useReportPeriod = create<ReportPeriodState>((set) => ({
  ...presetPeriod('last12'),
  folder: '',
  setPeriod(from, to) {
    set({ from, to });
  },
  setFolder(folder) {
    set({ folder });
  },
}));
