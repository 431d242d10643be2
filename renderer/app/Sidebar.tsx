import { PLACES, useNavigation } from '../stores/navigation-store.ts';
import { useHelp } from '../stores/help-store.ts';
import { appStrings as s } from './strings.ts';
import { Icon } from '../components/Icon.tsx';

/** The narrow column of places. The current one is marked for eyes and for screen readers. */
export function Sidebar() {
  const place = useNavigation((state) => state.place);
  const go = useNavigation((state) => state.go);
  const openHelp = useHelp((state) => state.setOpen);
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
