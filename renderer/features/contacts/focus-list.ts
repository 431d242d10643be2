import { listElementId } from './ContactList.tsx';

/**
 * Puts the keyboard back in the contact list once it is on screen: that screen kind's list, or
 * without a kind the one list shown. After the first contact is saved the list replaces the empty
 * state only when its refresh lands, so this looks again for a few frames instead of once
 * (focusing nothing would drop the keyboard on the page).
 */
export function focusListSoon(kind: string | null, framesLeft = 30): void {
  requestAnimationFrame(() => {
    const list = kind ? document.getElementById(listElementId(kind)) : document.querySelector<HTMLElement>('[role="listbox"]');
    if (list) list.focus();
    else if (framesLeft > 0) focusListSoon(kind, framesLeft - 1);
  });
}
