import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built renderer, `dist/renderer` at the top of the repo (from the sources run by tsx). */
export function rendererDistDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'renderer');
}
