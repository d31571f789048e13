import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each test process builds in a project root of its own (tests/helpers/build.ts), so test
    // files run side by side; builds use about one and a half cores each, so two at a time keep
    // a 2-core machine busy without starving Chromium.
    globalSetup: ['tests/global-setup.ts'],
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // Build-level tests run a whole Astro build inside the test; on a busy 2-core machine one can take a minute.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
