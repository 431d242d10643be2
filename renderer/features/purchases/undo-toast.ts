import { offerUndoToast } from '../../components/undo-toast.ts';
import { purchaseStrings as s } from './strings.ts';

/** A toast saying what was done to a purchase, with Undo for its usual few seconds. */
export function offerUndo(message: string, undo: () => Promise<unknown>): void {
  offerUndoToast(message, undo, { undo: s.undo, undone: s.undone });
}
