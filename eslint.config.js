// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ambient = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No wall time outside cli/: use the kernel clock (determinism).' },
  { selector: "NewExpression[callee.name='Date']", message: 'No wall time outside cli/: use the kernel clock (determinism).' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'No ambient randomness outside cli/: use a forked Rng (determinism).' },
  { selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']", message: 'No wall time outside cli/ (determinism).' },
  { selector: "CallExpression[callee.name='setTimeout']", message: 'No real timers outside cli/: schedule on the kernel (determinism).' },
  { selector: "CallExpression[callee.name='setInterval']", message: 'No real timers outside cli/: schedule on the kernel (determinism).' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['engine/**/*.ts', 'actors/**/*.ts', 'scenarios/**/*.ts', 'analysis/**/*.ts', 'testing/**/*.ts', 'index.ts'],
    rules: { 'no-restricted-syntax': ['error', ...ambient] },
  },
  {
    files: ['bench/**/*.js', 'bench/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly' } },
  },
);
