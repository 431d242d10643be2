import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);

/**
 * electron-builder cannot package here (it downloads Electron), but its own schema validation runs
 * offline: an unknown or misspelt key, or a wrong type, fails it.
 */
describe('electron-builder.yml', () => {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration: (config: unknown, logger: unknown) => Promise<void> };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const yaml = require('js-yaml') as { load: (text: string) => Record<string, unknown> };
  const config = yaml.load(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8'));

  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would catch a misspelt key (the check can fail)', async () => {
    await expect(validateConfiguration({ ...config, asarUnpak: ['x'] }, new DebugLogger(false))).rejects.toThrow(/asarUnpak|unknown property/i);
  });

  it('builds every target the issue asks for, with better-sqlite3 unpacked and fuses set', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: ['nsis', 'portable'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });

  it('points at the bundled main process and an icon that exists', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.mjs');
    expect(fs.existsSync(path.join(repoRoot, 'assets', 'icon.png'))).toBe(true);
  });

  it('packages the Russian OCR data unpacked, where tesseract’s worker thread can read it', () => {
    expect(config.files).toContain('assets/tessdata/**');
    expect(config.asarUnpack).toContain('assets/tessdata/**');
    expect(fs.existsSync(path.join(repoRoot, 'assets', 'tessdata', 'rus.traineddata.gz'))).toBe(true);
  });
});
