import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const notInPages = {
  patterns: [
    {
      group: ['**/db/**', 'dexie'],
      message: 'Only the background writes: pages and adapters never touch the database.',
    },
    {
      group: ['preact', 'preact/*', '**/components/**'],
      message: 'UI code stays out of content scripts and adapters.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', '*.config.*'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never put text into the DOM as HTML.' },
        { property: 'outerHTML', message: 'Never put text into the DOM as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render text as HTML.',
        },
      ],
    },
  },
  // Boundaries: content scripts and adapters see pages; they never reach storage or UI.
  {
    files: ['lib/adapters/**', 'lib/content/**', 'entrypoints/*.content.ts'],
    rules: { 'no-restricted-imports': ['error', notInPages] },
  },
  {
    files: ['lib/adapters/**'],
    ignores: ['lib/adapters/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'chrome',
        'browser',
        'setTimeout',
        'setInterval',
        'fetch',
        'indexedDB',
      ],
    },
  },
  {
    files: ['test/**', '**/*.test.ts', '**/*.test.tsx', '*.config.ts', '*.config.js'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
