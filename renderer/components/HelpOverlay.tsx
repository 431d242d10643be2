import { useEffect, useRef } from 'react';
import { shortcutList } from '../app/shortcuts.ts';
import { appStrings as s } from '../app/strings.ts';
import { useHelp } from '../stores/help-store.ts';

/** A modal list of every shortcut. Escape, the button or a click outside closes it; focus returns. */
export function HelpOverlay() {
  const open = useHelp((state) => state.open);
  const setOpen = useHelp((state) => state.setOpen);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      }
      // The close button is the only control: keep Tab on it rather than behind the overlay.
      if (event.key === 'Tab') {
        event.preventDefault();
        closeRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      previous?.focus?.();
    };
  }, [open, setOpen]);

  if (!open) return null;
  return (
    <div className="overlay" onMouseDown={(event) => event.target === event.currentTarget && setOpen(false)}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title">
        <h2 id="help-title">{s.helpTitle}</h2>
        <ShortcutTable />
        <div className="dialog-actions">
          <button ref={closeRef} type="button" className="button" onClick={() => setOpen(false)}>
            {s.helpClose}
          </button>
        </div>
      </div>
    </div>
  );
}

/** The shortcut table, also shown on the Settings page. */
export function ShortcutTable() {
  return (
    <table className="shortcuts">
      <tbody>
        {shortcutList().map((shortcut) => (
          <tr key={shortcut.action}>
            <td className="shortcut-keys">
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ` ${s.keysOr} `}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </td>
            <td>{shortcut.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
