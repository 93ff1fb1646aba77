// Lint keeps the architecture true: which folder may import which, and where Node and Electron may appear.
// See README "Architecture" for the picture these rules enforce.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = { regex: '^(node:.*|fs|path|os|crypto|child_process|http|https|net|url|util|worker_threads)$' };
const ELECTRON = { regex: '^electron(/.*)?$', message: 'Only src-main/hosts/electron may import electron.' };
const SQLITE = { regex: '^better-sqlite3$', message: 'SQL and the driver live in src-main/db.' };

/** Relative imports that reach into one of the named src-main layers. */
function layers(names, message) {
  return { regex: `^\\.{1,2}/(?:.*/)?(?:${names.join('|')})(?:/|$)`, message };
}

function restrict(files, patterns, ignores = []) {
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

/** Test builders live in src-main/testing, for tests only: shipped code never reaches them. */
const TESTING = layers(['testing'], 'src-main/testing holds test builders; only tests may import them.');
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

/**
 * A layer's import rule, plus, for its shipped files, no test builders. One flat-config entry per file set,
 * because a later entry's no-restricted-imports replaces an earlier one's for the same file.
 */
function layer(files, patterns, ignores = []) {
  return [
    restrict(files, [...patterns, TESTING], [...ignores, ...TESTS]),
    restrict(
      files.map((f) => f.replace(/\*\*\/\*\.(?:ts|\{ts,tsx\})$/, '**/*.test.{ts,tsx}')),
      patterns,
      ignores,
    ),
  ];
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'build-electron/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.mjs', '.ci/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  // The `grants` command's entry is CommonJS, like the build it loads (no ES module loader at start-up).
  {
    files: ['bin/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // core: pure domain rules, no I/O, no knowledge of any other layer.
  ...layer(
    ['src-main/core/**/*.ts'],
    [
      NODE_BUILTINS,
      ELECTRON,
      SQLITE,
      layers(['contract', 'reports', 'db', 'services', 'api', 'hosts', 'cli'], 'core is pure.'),
    ],
    ['src-main/core/**/*.test.ts'],
  ),
  // contract: zod schemas over core; the renderer imports it, so it must stay free of Node.
  ...layer(
    ['src-main/contract/**/*.ts'],
    [
      NODE_BUILTINS,
      ELECTRON,
      SQLITE,
      layers(['reports', 'db', 'services', 'api', 'hosts', 'cli'], 'contract may import only core.'),
    ],
    ['src-main/contract/**/*.test.ts'],
  ),
  // reports: document definitions (data in, pdfmake definition out) run by the CLI in Node and by the renderer
  // in a Web Worker, so neither Node, the DOM, the database nor pdfmake's runtime may appear (its types may).
  ...layer(
    ['src-main/reports/**/*.ts'],
    [
      NODE_BUILTINS,
      ELECTRON,
      SQLITE,
      { regex: '^pdfmake(/build/.*)?$', message: 'Document definitions use pdfmake types only; hosts run pdfmake.' },
      layers(['db', 'services', 'api', 'hosts', 'cli'], 'reports may import only core and contract.'),
    ],
    ['src-main/reports/**/*.test.ts'],
  ),
  {
    files: ['src-main/reports/**/*.ts'],
    ignores: ['src-main/reports/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer'],
    },
  },
  ...layer(['src-main/db/**/*.ts'], [ELECTRON, layers(['services', 'api', 'hosts', 'cli'], 'db is below services.')]),
  ...layer(
    ['src-main/services/**/*.ts'],
    [ELECTRON, SQLITE, layers(['api', 'hosts', 'cli'], 'services are below api.')],
  ),
  ...layer(['src-main/api/**/*.ts'], [ELECTRON, SQLITE, layers(['hosts', 'cli'], 'api is below the hosts.')]),
  ...layer(
    ['src-main/hosts/http/**/*.ts', 'src-main/cli/**/*.ts'],
    [ELECTRON, layers(['electron'], 'Only the Electron host loads Electron code.')],
  ),
  restrict(
    ['bench/**/*.ts', 'e2e/**/*.ts'],
    [ELECTRON, layers(['electron'], 'Only the Electron host loads Electron code.')],
  ),
  ...layer(['src-main/hosts/electron/**/*.ts'], []),
  // The renderer talks to main only through the contract, as typed messages.
  restrict(
    ['src-renderer/**/*.{ts,tsx}'],
    [
      NODE_BUILTINS,
      ELECTRON,
      SQLITE,
      { regex: 'src-main', message: 'Import the contract as @contract; nothing else from src-main.' },
      { regex: '^@contract/.*\\.\\.', message: 'Stay inside the contract.' },
      { regex: '^@reports/.*\\.\\.', message: 'Stay inside the report definitions.' },
    ],
  ),
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
