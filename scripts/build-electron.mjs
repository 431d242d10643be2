// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS: sandboxed
// preloads cannot be ES modules) into dist/electron. better-sqlite3 stays external: it is a
// native module that electron-builder unpacks from the asar.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning', external: ['electron', 'better-sqlite3'] };

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm',
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __carnetCreateRequire } from 'node:module'; const require = __carnetCreateRequire(import.meta.url);" } });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' });
console.log('Built dist/electron/main.mjs and dist/electron/preload.cjs');
