import { useState } from 'react';
import { useClient } from '../../app/client-context.ts';
import { currentLanguage } from '../../i18n/locale-store.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useSettings } from '../../stores/settings-store.ts';
import { localTimeZone, localToday } from '../../stores/today-store.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { settingsStrings as s } from './strings.ts';

/** When the daily summary comes, and the calendar file for phone and desktop calendars. */
export function RemindersCard() {
  const client = useClient();
  const stored = useSettings((state) => state.settings?.notificationTime ?? '09:00');
  const [time, setTime] = useState<string | null>(null);
  const [timeError, setTimeError] = useState<string | null>(null);
  const [folder, setFolder] = useState('');
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  async function saveTime(value: string) {
    setTime(value);
    if (!/^\d{2}:\d{2}$/.test(value)) return;
    setTimeError(null);
    try {
      await useSettings.getState().update(client, { notificationTime: value });
      useToasts.getState().show(s.saved);
      setTime(null);
    } catch (failure) {
      setTimeError(errorMessage(failure));
    }
  }

  async function exportCalendar() {
    setExporting(true);
    setExportError(null);
    try {
      const timeZone = localTimeZone();
      const written = await client.call('calendar.export', { folder, today: localToday(), language: currentLanguage(), ...(timeZone ? { timeZone } : {}) });
      useToasts.getState().show(s.calendarExported(written.events, written.path));
    } catch (failure) {
      setExportError(errorMessage(failure));
    } finally {
      setExporting(false);
    }
  }

  return (
    <section className="card" aria-labelledby="settings-reminders">
      <h2 id="settings-reminders">{s.remindersTitle}</h2>
      <div className="field">
        <label htmlFor="notification-time" className="field-label">
          {s.notificationTime}
        </label>
        <input id="notification-time" type="time" className="input" value={time ?? stored} aria-describedby="notification-time-hint" onChange={(event) => void saveTime(event.target.value)} />
        <p id="notification-time-hint" className="field-hint">
          {s.notificationHint}
        </p>
        {timeError && (
          <p className="field-error" role="alert">
            {timeError}
          </p>
        )}
      </div>
      <form
        className="field"
        onSubmit={(event) => {
          event.preventDefault();
          void exportCalendar();
        }}
      >
        <label htmlFor="calendar-folder" className="field-label">
          {s.calendarFolder}
        </label>
        <input id="calendar-folder" className="input" value={folder} placeholder={s.calendarFolderPlaceholder} aria-describedby="calendar-hint" onChange={(event) => setFolder(event.target.value)} />
        <p id="calendar-hint" className="field-hint">
          {s.calendarHint}
        </p>
        {exportError && (
          <p className="field-error" role="alert">
            {exportError}
          </p>
        )}
        <div>
          <button type="submit" className="button" disabled={exporting || folder.trim() === ''}>
            {exporting ? s.calendarExporting : s.calendarExport}
          </button>
        </div>
      </form>
    </section>
  );
}
