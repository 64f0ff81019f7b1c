import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const POLYFILL = { name: 'webextension-polyfill', message: 'Only src/shared/protocol.ts imports webextension-polyfill.' };

/** no-restricted-imports for one layer: the sibling folders (and packages) it may not import. */
function layer(files, folders, packages = []) {
  const group = folders.map((f) => `**/${f}/**`);
  return [
    {
      files: [files],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [POLYFILL],
            patterns: [
              { group, message: `${files} may not import from: ${folders.join(', ')}.` },
              ...(packages.length ? [{ group: packages, message: 'The pure core uses no DOM, browser or Node package.' }] : []),
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'artifacts/**', '.tmp/**'] },
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
        { paths: [POLYFILL] },
      ],
    },
  },
  // Layers: each folder's imports point one way (core <- extraction <- shared <- UI, background,
  // content, cli). A file that needs a module from a folder it may not import is in the wrong place.
  ...layer('src/core/**/*.ts', ['shared', 'extraction', 'background', 'content', 'popup', 'options', 'reader', 'welcome', 'offscreen', 'cli'], ['@mozilla/readability', 'linkedom', 'jsdom', 'node:*']),
  ...layer('src/extraction/**/*.ts', ['shared', 'background', 'content', 'popup', 'options', 'reader', 'welcome', 'offscreen', 'cli']),
  ...layer('src/shared/**/*.ts', ['background', 'content', 'popup', 'options', 'reader', 'welcome', 'offscreen', 'cli']),
  ...layer('src/{popup,options,reader,welcome}/**/*.ts', ['background', 'content', 'offscreen', 'cli']),
  ...layer('src/{content,offscreen}/**/*.ts', ['background', 'popup', 'options', 'reader', 'welcome', 'cli']),
  ...layer('src/background/**/*.ts', ['content', 'popup', 'options', 'reader', 'welcome', 'cli']),
  ...layer('src/cli/**/*.ts', ['background', 'content', 'popup', 'options', 'reader', 'welcome', 'offscreen', 'shared']),
  {
    files: ['src/shared/protocol.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Small functions: the core's stages read as named steps.
    files: ['src/core/**/*.ts'],
    rules: {
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
      complexity: ['warn', 40],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator', 'fetch', 'indexedDB'],
    },
  },
);
