import { useState } from 'react';
import { useNavigation } from '../stores/navigation-store.ts';
import { useReminderBanner } from '../stores/reminder-store.ts';
import { todayStrings as s } from '../features/today/strings.ts';

/**
 * Reminders shown in the window when the browser may not notify: what is due, Open Today, and
 * (while the browser has not been asked) a button that asks it for notifications.
 */
export function ReminderBanner() {
  const banners = useReminderBanner((state) => state.banners);
  const [canAsk, setCanAsk] = useState(() => typeof Notification !== 'undefined' && Notification.permission === 'default');
  if (banners.length === 0) return null;
  return (
    // Announced politely, like a notification; not a "status" role: the toasts are the status.
    <section className="reminder-banners" aria-live="polite" aria-label={s.notifyTitle}>
      {banners.map((banner) => (
        <div key={banner.id} className="reminder-banner">
          <p>
            <strong>{banner.title}</strong> {banner.body}
          </p>
          <div className="reminder-actions">
            <button
              type="button"
              className="button small primary"
              onClick={() => {
                useReminderBanner.getState().dismiss(banner.id);
                useNavigation.getState().go('today');
              }}
            >
              {s.openToday}
            </button>
            {canAsk && (
              <button type="button" className="button small" onClick={() => void Notification.requestPermission().then(() => setCanAsk(false))}>
                {s.allowNotifications}
              </button>
            )}
            <button type="button" className="button small ghost" onClick={() => useReminderBanner.getState().dismiss(banner.id)}>
              {s.dismiss}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
