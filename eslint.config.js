// ESLint: the recommended rules of ESLint and typescript-eslint over the TypeScript of the CLI, scripts, tests and
// viewer (`npm run lint`, run by CI). Formatting is Prettier's (`npm run format:check`), so rules about it are off.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'web/dist/', 'node_modules/', '.neo4j/', '.neo4j-test/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Cleaning and tokenising text match control characters on purpose (NUL, escape, C0 controls).
      'no-control-regex': 'off',
      // An escaped bracket or dash in a character class is harmless and often clearer to the reader.
      'no-useless-escape': 'off',
      // Leaving a property out by destructuring the rest of an object names the property without using it.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read the CLI's JSON output, whose shape their assertions check; code run in the page by Playwright
    // reaches the viewer's globals on window, which have no types on this side.
    files: ['test/**/*.ts', 'scripts/bench-viewer.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  prettier,
);
