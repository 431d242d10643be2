import { offerUndoToast } from '../../components/undo-toast.ts';
import { interactionStrings as s } from './strings.ts';

/** A toast saying what was done, with Undo for its usual few seconds (Ctrl+Z too). */
export function offerUndo(message: string, undo: () => Promise<unknown>): void {
  offerUndoToast(message, undo, { undo: s.undo, undone: s.undone });
}
