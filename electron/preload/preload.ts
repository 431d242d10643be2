import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// Sandboxed preload: exposes exactly two functions and never hands raw ipcRenderer to the page.
const INVOKE_CHANNEL = 'carnet:invoke';
const EVENT_CHANNEL = 'carnet:event';

contextBridge.exposeInMainWorld('carnet', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, String(method), input),
  onEvent: (listener: (event: unknown) => void) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
});
