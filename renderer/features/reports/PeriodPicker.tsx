import { isLocalDate } from '../../../shared/domain/local-date.ts';
import { useReportPeriod, type PeriodPreset } from './report-period-store.ts';
import { reportStrings as s } from './strings.ts';

const PRESETS: PeriodPreset[] = ['last12', 'thisYear', 'lastYear'];

/** From and To dates (a date that is not one, or a reversed period, is simply not applied) and three presets. */
export function PeriodPicker() {
  const from = useReportPeriod((state) => state.from);
  const to = useReportPeriod((state) => state.to);
  const setPeriod = useReportPeriod((state) => state.setPeriod);
  const setPreset = useReportPeriod((state) => state.setPreset);
  const chosen = useReportPeriod((state) => state.preset);
  const presetLabel: Record<PeriodPreset, string> = { last12: s.presetLast12, thisYear: s.presetThisYear, lastYear: s.presetLastYear };
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
        {PRESETS.map((preset) => {
          // The preset chosen, not any preset of the same dates ("Last 12 months" is "This year" in December).
          const current = chosen === preset;
          return (
            <button key={preset} type="button" className="button small" aria-pressed={current} onClick={() => setPreset(preset)}>
              {presetLabel[preset]}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
