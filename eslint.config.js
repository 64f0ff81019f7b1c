import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'artifacts/**', '.tmp/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Page and corpus text is never inserted as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Insert text with textContent or DOM nodes, never HTML.' },
        { property: 'outerHTML', message: 'Insert text with textContent or DOM nodes, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Insert text with textContent or DOM nodes, never HTML.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Only src/shared/protocol.ts imports webextension-polyfill.' }] },
      ],
    },
  },
  {
    files: ['src/shared/protocol.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator', 'fetch', 'indexedDB'],
    },
  },
);
