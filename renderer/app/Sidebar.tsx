import { PLACES, useNavigation } from '../stores/navigation-store.ts';
import { useHelp } from '../stores/help-store.ts';
import { userLocale } from './locale.ts';
import { appStrings as s } from './strings.ts';
import { Icon } from '../components/Icon.tsx';
import { useToday } from '../stores/today-store.ts';

/** The narrow column of places. The current one is marked for eyes and for screen readers. */
export function Sidebar() {
  const place = useNavigation((state) => state.place);
  const go = useNavigation((state) => state.go);
  const openHelp = useHelp((state) => state.setOpen);
  // What needs doing today: overdue and due tasks, keep-in-touch due, birthdays today.
  const todayCount = useToday((state) => state.today?.count ?? 0);
  return (
    <nav className="sidebar" aria-label={s.navLabel}>
      <div className="sidebar-brand" aria-hidden="true">
        {s.appName}
      </div>
      <ul className="sidebar-places">
        {PLACES.map((name, index) => (
          <li key={name}>
            <button
              type="button"
              className="sidebar-place"
              aria-current={place === name ? 'page' : undefined}
              title={`${s.places[name]} (Alt+${index + 1})`}
              onClick={() => go(name)}
            >
              <Icon name={name} />
              <span>{s.places[name]}</span>
              {name === 'today' && todayCount > 0 && (
                <span className="sidebar-count" aria-label={s.todayCount(todayCount)}>
                  {new Intl.NumberFormat(userLocale()).format(todayCount)}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="sidebar-help" title={`${s.helpButton} (? ${s.keysOr} F1)`} onClick={() => openHelp(true)}>
        <Icon name="help" />
        <span>{s.helpButton}</span>
      </button>
    </nav>
  );
}
