import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = import.meta.dirname;

/**
 * Builds the renderer into dist/renderer, which both hosts serve: Electron through app:// and the
 * web host over HTTP. `base: './'` keeps every asset URL relative, so the same build works on
 * either origin. No inline scripts or styles are emitted, so the strict CSP holds.
 */
export default defineConfig({
  root: path.join(repoRoot, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(repoRoot, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    // Inlined assets would become data: URLs in CSS/JS; keep them as files the CSP allows ('self').
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
});
