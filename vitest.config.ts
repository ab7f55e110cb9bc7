import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/verify/**'],
    // Builds dist/ once before any file runs (the executable and sweep-worker tests need it).
    globalSetup: ['test/buildDist.ts'],
    // Generous: on a loaded 2-core machine single tests took 25-30 s (and a tsc build 80+ s);
    // a timeout only has to catch a hang, never to time a test.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
