import type { CarnetEvent } from '../../shared/contract/events.ts';

/**
 * How the renderer reaches the core. The UI never knows which one it has: Electron IPC through
 * the preload bridge, or HTTP to the local web host.
 */
export interface Transport {
  /** Resolves with the method's result, or rejects with a CarnetError. */
  invoke(method: string, input: unknown): Promise<unknown>;
  /** Subscribes to pushed events; returns the unsubscribe function. */
  onEvent(listener: (event: CarnetEvent) => void): () => void;
}

/** What the Electron preload exposes on `window.carnet` (and nothing else). */
export interface CarnetBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  onEvent(listener: (event: unknown) => void): () => void;
}

declare global {
  interface Window {
    carnet?: CarnetBridge;
  }
}
