import { errorMessage } from '../app/error-message.ts';
import { useToasts } from '../stores/toast-store.ts';

/** A toast saying what was done, with Undo for its usual few seconds; `words` are the feature's own ("Undo", "Undone"). */
export function offerUndoToast(message: string, undo: () => Promise<unknown>, words: { undo: string; undone: string }): void {
  const toasts = useToasts.getState();
  toasts.show(message, {
    action: {
      label: words.undo,
      run: async () => {
        try {
          await undo();
          toasts.show(words.undone);
        } catch (error) {
          toasts.show(errorMessage(error), { tone: 'error' });
        }
      },
    },
  });
}
