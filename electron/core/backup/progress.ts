import type { CarnetEvent } from '../../../shared/contract/events.ts';
import { progressLabel, type CoreText } from '../../../shared/messages/core-text.ts';

/** Reports `progress` events for a long job, at most every ~1% or 100 ms, whichever comes later. */
export interface ProgressReporter {
  advance(bytes: number): void;
  finish(): void;
}

export function progressReporter(emit: ((event: CarnetEvent) => void) | undefined, jobId: string | undefined, label: CoreText, total: number): ProgressReporter {
  let done = 0;
  let lastSent = 0;
  let lastTime = 0;
  const send = () => {
    if (!emit || !jobId) return;
    emit({ type: 'progress', jobId, ...progressLabel(label), done, total });
    lastSent = done;
    lastTime = Date.now();
  };
  send();
  return {
    advance(bytes) {
      done = Math.min(total, done + bytes);
      if (done - lastSent >= total / 100 && Date.now() - lastTime >= 100) send();
    },
    finish() {
      done = total;
      send();
    },
  };
}
