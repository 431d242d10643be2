import { useEffect, useRef, useState } from 'react';
import type { SnoozeChoice } from '../../../shared/domain/today.ts';
import { addDays } from '../../../shared/domain/local-date.ts';
import { localToday } from '../../stores/today-store.ts';
import { taskStrings as s } from './strings.ts';

/**
 * The snooze choices of one task: tomorrow, the same day next week, or a picked date. A small
 * group under the row, not a floating menu: it never covers the next rows, and Escape closes it.
 */
export function SnoozeMenu({ title, onChoose, onClose }: { title: string; onChoose(choice: SnoozeChoice): void; onClose(): void }) {
  const [date, setDate] = useState(() => addDays(localToday(), 2));
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="snooze-menu"
      role="group"
      aria-label={s.snoozeTitle(title)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <button ref={first} type="button" className="button small" onClick={() => onChoose('tomorrow')}>
        {s.snoozeTomorrow}
      </button>
      <button type="button" className="button small" onClick={() => onChoose('next-week')}>
        {s.snoozeNextWeek}
      </button>
      <label className="snooze-pick">
        <span>{s.snoozePick}</span>
        <input type="date" className="input small" value={date} min={addDays(localToday(), 1)} onChange={(event) => setDate(event.target.value)} />
      </label>
      <button type="button" className="button small" disabled={date === ''} onClick={() => onChoose({ date })}>
        {s.snoozeApply}
      </button>
    </div>
  );
}
