// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS: sandboxed
// preloads cannot be ES modules) into dist/electron. better-sqlite3 stays external (a native module
// that electron-builder unpacks from the asar), and so does tesseract.js, which finds its own
// worker script and language files on disk and cannot be bundled.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning', external: ['electron', 'better-sqlite3', 'tesseract.js'] };
// Some dependencies are CommonJS and call require(): give the ESM bundles one.
const requireBanner = { js: "import { createRequire as __carnetCreateRequire } from 'node:module'; const require = __carnetCreateRequire(import.meta.url);" };

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm', banner: requireBanner });
// The card-image worker thread: card-prep-pool.ts starts it from beside the main bundle.
await build({ ...common, entryPoints: ['electron/core/cards/card-prep-worker.ts'], outfile: 'dist/electron/card-prep-worker.js', format: 'esm', banner: requireBanner });
// The import's phone-number worker thread, beside the main bundle too (phone-facts-pool.ts).
await build({ ...common, entryPoints: ['electron/core/import/pipeline/phone-facts-worker.ts'], outfile: 'dist/electron/phone-facts-worker.js', format: 'esm', banner: requireBanner });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' });
console.log('Built dist/electron/main.mjs, preload.cjs, card-prep-worker.js and phone-facts-worker.js');
