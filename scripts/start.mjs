// `npm start`: builds the app, then opens the desktop app. Where the Electron binary is missing it
// tries to fetch it once; where that fails (no access to Electron's downloads, as on the build
// machines) it says so in one line and starts the web host instead, printing the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2); // e.g. --data DIR

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function electronBinary() {
  try {
    const binary = require('electron'); // the package's index.js returns the binary's path, or throws
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

run(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
run(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs')]);

let binary = electronBinary();
if (!binary) {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  const fetched = fs.existsSync(installer) && spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 120_000 }).status === 0;
  binary = fetched ? electronBinary() : null;
}

if (binary) {
  const child = spawn(binary, [root, ...passThrough], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron is not installed and could not be downloaded here; starting Carnet in your browser instead.');
  const child = spawn(process.execPath, [path.join(root, 'bin', 'carnet.mjs'), 'serve', ...passThrough], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
