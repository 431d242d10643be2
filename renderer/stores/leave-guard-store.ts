import { useEffect } from 'react';
import { create } from 'zustand';

interface LeaveGuardState {
  /** Why leaving the current screen would lose something, by the component that says so. */
  reasons: Record<string, string>;
  setReason(owner: string, reason: string | null): void;
  /** True when nothing would be lost, or the user agrees to leave anyway. */
  confirmLeave(ask?: (message: string) => boolean): boolean;
}

/**
 * Screens unmount when the user goes elsewhere, so an unsaved contact or the view of a running
 * import or backup would silently go with them. Components that hold such state register a reason
 * here; navigation (and closing the window) asks before leaving.
 */
export const useLeaveGuards = create<LeaveGuardState>((set, get) => ({
  reasons: {},
  setReason(owner, reason) {
    const reasons = { ...get().reasons };
    if (reason) reasons[owner] = reason;
    else delete reasons[owner];
    set({ reasons });
  },
  confirmLeave(ask = (message) => window.confirm(message)) {
    const reasons = Object.values(get().reasons);
    return reasons.length === 0 || ask(reasons.join('\n'));
  },
}));

/** While `reason` is set, leaving this screen asks first. */
export function useLeaveGuard(owner: string, reason: string | null): void {
  useEffect(() => {
    useLeaveGuards.getState().setReason(owner, reason);
    return () => useLeaveGuards.getState().setReason(owner, null);
  }, [owner, reason]);
}

/** Closing the tab or window with something at stake asks too (the browser words the question). */
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (Object.keys(useLeaveGuards.getState().reasons).length > 0) event.preventDefault();
  });
}
