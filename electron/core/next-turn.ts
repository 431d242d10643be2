/**
 * Resolves on the event loop's next turn (setImmediate), not as a microtask: better-sqlite3
 * answers synchronously, so a long job awaiting only queries never lets an IPC message, a progress
 * event or another request through. Long jobs await this between rounds.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
