import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'appPackage/build/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Typed errors only: every failure carries a catalogue code and a localized message key.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ThrowStatement > NewExpression[callee.name='Error']",
          message: 'Throw a BotError with a catalogue code (src/core/errors.ts), not a bare Error.',
        },
      ],
    },
  },
  {
    // The core is pure: no bot framework, HTTP, Graph, file system or process environment.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['botbuilder*', '@microsoft/teams-ai', '@microsoft/teams*'],
              message: 'src/core must not import the bot framework.',
            },
            {
              group: ['restify*', 'http', 'https', 'node:http', 'node:https', 'undici'],
              message: 'src/core must not do HTTP.',
            },
            {
              group: ['@microsoft/microsoft-graph-client', '@azure/*'],
              message: 'src/core must not call Graph or Azure.',
            },
            {
              group: [
                'fs',
                'fs/*',
                'node:fs',
                'node:fs/*',
                'better-sqlite3',
                'child_process',
                'node:child_process',
              ],
              message: 'src/core must not touch the file system or processes.',
            },
            {
              group: ['**/adapters/**', '**/cli/**', '../config', '../../config'],
              message: 'src/core must not depend on adapters, the CLI or config.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core must not read process state.' },
      ],
    },
  },
);
