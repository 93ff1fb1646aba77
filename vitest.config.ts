import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@contract': resolve(import.meta.dirname, 'src-main/contract'),
      '@reports': resolve(import.meta.dirname, 'src-main/reports'),
    },
  },
  test: {
    include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.ts', 'bin/**/*.test.ts'],
    environment: 'node',
    // Seeds fast-check for every property test (FC_SEED or a fixed default).
    setupFiles: ['./vitest.setup.ts'],
    // Builds out/cli first, so every test that spawns `grants` runs the JavaScript build of this code.
    globalSetup: ['./scripts/build-cli.mjs'],
    pool: 'forks',
    // Both cores: the default (cores - 1) leaves one idle on the 2-core CI machine, and the suite is the
    // longest part of CI after the browser tests.
    maxWorkers: 2,
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    hookTimeout: 60_000,
  },
});
