import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds share node_modules/.astro and write dist folders; run test files one at a time.
    fileParallelism: false,
    // Build-level tests run a whole Astro build inside the test; on a busy 2-core machine one can take a minute.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
