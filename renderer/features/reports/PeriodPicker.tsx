import { isLocalDate } from '../../../shared/domain/local-date.ts';
import { pressedPreset, presetPeriod, useReportPeriod, type PeriodPreset } from './report-period-store.ts';
import { reportStrings as s } from './strings.ts';

const PRESETS: PeriodPreset[] = ['last12', 'thisYear', 'lastYear'];

/**
 * From and To dates (a date that is not one, or a reversed period, is simply not applied) and three
 * presets, of which the one chosen is pressed (none after dates typed by hand).
 */
export function PeriodPicker() {
  const from = useReportPeriod((state) => state.from);
  const to = useReportPeriod((state) => state.to);
  const pressed = useReportPeriod((state) => pressedPreset(state));
  const setPeriod = useReportPeriod((state) => state.setPeriod);
  const presetLabel: Record<PeriodPreset, string> = { last12: s.presetLast12, thisYear: s.presetThisYear, lastYear: s.presetLastYear };
  const choose = (preset: PeriodPreset) => {
    const period = presetPeriod(preset);
    setPeriod(period.from, period.to, preset);
  };
  const change = (nextFrom: string, nextTo: string) => {
    if (isLocalDate(nextFrom) && isLocalDate(nextTo) && nextFrom <= nextTo) setPeriod(nextFrom, nextTo);
  };
  return (
    <fieldset className="period-picker no-print">
      <legend className="visually-hidden">{s.periodLabel}</legend>
      <label>
        <span>{s.from}</span>
        <input className="input" type="date" value={from} max={to} onChange={(event) => change(event.target.value, to)} />
      </label>
      <label>
        <span>{s.to}</span>
        <input className="input" type="date" value={to} min={from} onChange={(event) => change(from, event.target.value)} />
      </label>
      <div className="period-presets" role="group" aria-label={s.periodLabel}>
        {PRESETS.map((preset) => (
          <button key={preset} type="button" className="button small" aria-pressed={pressed === preset} onClick={() => choose(preset)}>
            {presetLabel[preset]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
