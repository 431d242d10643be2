// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLeaveGuards } from '../../../renderer/stores/leave-guard-store.ts';
import { useNavigation } from '../../../renderer/stores/navigation-store.ts';

afterEach(() => {
  useLeaveGuards.setState({ reasons: {} });
  vi.restoreAllMocks();
});

describe('leave guards', () => {
  it('lets navigation through when nothing is at stake, without asking', () => {
    const confirm = vi.spyOn(window, 'confirm');
    useNavigation.setState({ place: 'contacts' });
    useNavigation.getState().go('backup');
    expect(useNavigation.getState().place).toBe('backup');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before leaving unsaved work, and stays when the user says no', () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    useNavigation.setState({ place: 'contacts' });
    useLeaveGuards.getState().setReason('form', 'This contact has changes that are not saved.');
    useNavigation.getState().go('import');
    expect(confirm).toHaveBeenCalledWith('This contact has changes that are not saved.');
    expect(useNavigation.getState().place).toBe('contacts');
    confirm.mockReturnValue(true);
    useNavigation.getState().go('import');
    expect(useNavigation.getState().place).toBe('import');
  });

  it('forgets a reason once its owner clears it', () => {
    useLeaveGuards.getState().setReason('job', 'A backup is being written.');
    useLeaveGuards.getState().setReason('job', null);
    expect(useLeaveGuards.getState().confirmLeave(() => false)).toBe(true);
  });
});
