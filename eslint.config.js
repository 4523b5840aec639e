// Lint, including the one-way layer rules of shared/DESIGN.md:
// renderer -> core/contract types only; electron -> core; core -> db, nlp; nlp -> compromise; db -> better-sqlite3.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const layer = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});
const banned = (group, message, allowTypeImports = false) => ({ group, message, allowTypeImports });

export default tseslint.config(
  { ignores: ['node_modules/', '.node/', 'dist/', 'out/', 'coverage/', 'test-artifacts/', 'bench-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  // Asymmetric matchers (expect.stringMatching, expect.any) are typed `any` by vitest.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  layer(
    ['db/**'],
    [
      banned(
        ['**/core/**', '**/nlp/**', '**/electron/**', '**/renderer/**'],
        'db/ is the bottom layer: it imports better-sqlite3 only.',
      ),
    ],
  ),
  layer(
    ['nlp/**'],
    [
      banned(
        ['**/core/**', '**/db/**', '**/electron/**', '**/renderer/**', 'node:*', 'better-sqlite3'],
        'nlp/ is pure: it imports compromise only.',
      ),
    ],
  ),
  layer(
    ['core/**'],
    [
      banned(
        ['**/electron/**', '**/renderer/**', 'electron', 'react', 'react-dom'],
        'core/ may import db/ and nlp/ only.',
      ),
    ],
  ),
  layer(
    ['electron/**'],
    [banned(['**/renderer/**', '**/db/**', '**/nlp/**'], 'electron/ reaches the engine through core/.')],
  ),
  // The window runs in a browser.
  { files: ['renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  layer(
    ['renderer/**'],
    [
      banned(
        ['**/db/**', '**/nlp/**', '**/electron/**', 'better-sqlite3', 'electron', 'node:*'],
        'renderer/ runs in the window: it may not import the engine.',
      ),
      banned(['**/core/**', '!**/core/contract*'], 'renderer/ may import types from core/contract only.'),
      banned(['**/core/contract*'], 'renderer/ may import only types from core/contract.', true),
    ],
  ),
);
