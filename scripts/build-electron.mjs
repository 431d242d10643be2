// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS: sandboxed
// preloads cannot be ES modules) into dist/electron. better-sqlite3 stays external (a native module
// that electron-builder unpacks from the asar), and so does tesseract.js, which finds its own
// worker script and language files on disk and cannot be bundled.
import { build } from 'esbuild';

// CARNET_ELECTRON_OUT: another folder, for the test that runs a worker from the built files.
const out = process.env.CARNET_ELECTRON_OUT ?? 'dist/electron';
const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning', external: ['electron', 'better-sqlite3', 'tesseract.js'] };
// Some dependencies are CommonJS and call require(): give the ESM bundles one.
const requireBanner = { js: "import { createRequire as __carnetCreateRequire } from 'node:module'; const require = __carnetCreateRequire(import.meta.url);" };

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: `${out}/main.mjs`, format: 'esm', banner: requireBanner });
// The card-image worker thread: card-prep-pool.ts starts it from beside the main bundle.
await build({ ...common, entryPoints: ['electron/core/cards/card-prep-worker.ts'], outfile: `${out}/card-prep-worker.js`, format: 'esm', banner: requireBanner });
// The import's phone-number worker thread, beside the main bundle too (phone-facts-pool.ts).
await build({ ...common, entryPoints: ['electron/core/import/pipeline/phone-facts-worker.ts'], outfile: `${out}/phone-facts-worker.js`, format: 'esm', banner: requireBanner });
// The backup key-derivation worker thread (key-derivation.ts), which Cancel can stop.
await build({ ...common, entryPoints: ['electron/core/backup/key-derivation-worker.ts'], outfile: `${out}/key-derivation-worker.js`, format: 'esm', banner: requireBanner });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: `${out}/preload.cjs`, format: 'cjs' });
console.log(`Built ${out}/main.mjs, preload.cjs, card-prep-worker.js, phone-facts-worker.js and key-derivation-worker.js`);
