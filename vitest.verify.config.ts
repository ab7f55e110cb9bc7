import { defineConfig } from 'vitest/config';

/** Long verifications against analytic results: `npm run verify` (not part of `npm test`). */
export default defineConfig({
  test: {
    include: ['test/verify/**/*.test.ts'],
    testTimeout: 1_800_000,
  },
});
