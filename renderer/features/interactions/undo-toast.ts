import { errorMessage } from '../../app/error-message.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { interactionStrings as s } from './strings.ts';

/** A toast saying what was done, with Undo for its usual few seconds (Ctrl+Z too). */
export function offerUndo(message: string, undo: () => Promise<unknown>): void {
  const toasts = useToasts.getState();
  toasts.show(message, {
    action: {
      label: s.undo,
      run: async () => {
        try {
          await undo();
          toasts.show(s.undone);
        } catch (error) {
          toasts.show(errorMessage(error), { tone: 'error' });
        }
      },
    },
  });
}
