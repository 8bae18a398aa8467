import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Which folder may import which (see README, "Layout"): shared/ is pure, the renderer reaches the
// main process only through window.api, and only the Electron shell files import 'electron'.
const node = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'url', 'crypto', 'worker_threads'];
const pattern = (group, message) => ({ group, message });
// Relative imports that climb into another top-level folder, e.g. '../../electron/db/database'.
const folder = (name, message) => ({ regex: `^(\\.\\./)+${name}/`, message });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.native/**', 'node_modules/**', 'coverage/**', '.scratch/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['scripts/**/*.mjs', '*.config.{js,mjs,ts}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          pattern(['electron', 'electron/*', 'better-sqlite3', 'react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', 'zundo', ...node], 'shared/ is pure TypeScript: no platform, UI or database imports.'),
          folder('electron', 'shared/ must not depend on electron/.'),
          folder('renderer', 'shared/ must not depend on renderer/.'),
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          pattern(['electron', 'electron/*', 'better-sqlite3', ...node], 'The renderer reaches the main process only through window.api.'),
          folder('electron', 'The renderer must not import main-process code; use window.api.'),
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          pattern(['electron', 'electron/*'], "Only the shell (electron/shell/) imports 'electron'; services run under plain Node."),
          pattern(['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zundo'], 'The main process does not import UI libraries.'),
          folder('renderer', 'electron/ must not import the renderer.'),
        ],
      }],
    },
  },
  {
    files: ['electron/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          pattern(['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zundo'], 'The main process does not import UI libraries.'),
          folder('renderer', 'electron/ must not import the renderer.'),
        ],
      }],
    },
  },
);
