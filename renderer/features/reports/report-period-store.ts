import { create } from 'zustand';
import { addMonths } from '../../../shared/domain/local-date.ts';
import { localToday } from '../../stores/today-store.ts';

export type PeriodPreset = 'last12' | 'thisYear' | 'lastYear';

/**
 * The preset shown pressed: the one the period was set by, while it still names the period (the
 * next day "Last 12 months" moves on and none is pressed). Exactly one or none.
 */
export function pressedPreset(state: { from: string; to: string; preset: PeriodPreset | null }, today = localToday()): PeriodPreset | null {
  if (state.preset === null) return null;
  const period = presetPeriod(state.preset, today);
  return period.from === state.from && period.to === state.to ? state.preset : null;
}

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
  /**
   * The preset the period was last set by, null after dates typed by hand. Two presets can name the
   * same days ("This year" and "Last 12 months" in December): only the one chosen is shown pressed.
   */
  preset: PeriodPreset | null;
  /** Where "Export CSV" writes (the backup folder at first; typed, kept while the app runs). */
  folder: string;
  setPeriod(from: string, to: string, preset?: PeriodPreset | null): void;
  setFolder(folder: string): void;
}

/** The Reports screen's period and export folder, kept when the user goes to a customer and back. */
export const useReportPeriod = create<ReportPeriodState>((set) => ({
  ...presetPeriod('last12'),
  preset: 'last12',
  folder: '',
  setPeriod(from, to, preset = null) {
    set({ from, to, preset });
  },
  setFolder(folder) {
    set({ folder });
  },
}));
