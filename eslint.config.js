// One linter for the whole tree. The layer rule from DESIGN.md lives here too:
// src/engine and src/content are pure — no Phaser, no Howler, no DOM globals.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const domGlobals = ['window', 'document', 'localStorage', 'navigator', 'sessionStorage'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'assets'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Set authored text with textContent (DESIGN.md).' },
        { property: 'outerHTML', message: 'Set authored text with textContent (DESIGN.md).' },
      ],
    },
  },
  {
    files: ['src/engine/**', 'src/content/**'],

    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'phaser', message: 'The engine and content layers are pure (DESIGN.md).' },
            { name: 'howler', message: 'The engine and content layers are pure (DESIGN.md).' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'The engine and content layers are pure.' })),
      ],
    },
  },
);
