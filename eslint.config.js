import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'worker_threads', 'stream', 'url', 'module'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer runs sandboxed in a browser: no Node, no Electron, no database code.
      'no-restricted-imports': ['error', { patterns: [...nodeBuiltins, 'electron', 'better-sqlite3', 'kysely', '**/electron/**'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      // The contract is loaded by the renderer and the core alike: pure TypeScript only.
      'no-restricted-imports': ['error', { patterns: [...nodeBuiltins, 'electron', 'better-sqlite3', 'kysely', '**/electron/**', '**/renderer/**'] }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts', 'migrations/**/*.ts'],
    rules: {
      // The core runs in plain Node (tests, CLI, web host): it must never need Electron.
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['**/electron/main/main*', '**/renderer/**'] }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      // The sandboxed preload can only require 'electron' (a limited subset of it).
      'no-restricted-imports': ['error', { patterns: [...nodeBuiltins] }],
    },
  },
);
