import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Imports point one way: ui → state → worker-client → analysis; map → state.
// The analysis engine must stay pure so node tests, the CLI and the worker run the same code.
const noAppImports = (from, banned) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((group) => ({ group: [group], message: `src/${from} must not import ${group}` })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'public/data', 'data/raw', 'coverage', '.vite'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  noAppImports('analysis', ['maplibre-gl', 'react', 'react-dom', 'zustand', 'terra-draw*', '**/ui/*', '**/map/*', '**/state/*', '**/worker/*', '**/io/*']),
  noAppImports('ui', ['maplibre-gl', 'terra-draw*', '**/map/*']),
  noAppImports('data', ['maplibre-gl', 'react', 'react-dom', '**/ui/*', '**/map/*', '**/state/*']),
  noAppImports('state', ['maplibre-gl', 'react-dom', '**/ui/*', '**/map/*']),
);
