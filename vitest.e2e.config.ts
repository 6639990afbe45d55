import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox (see tests/e2e/rig).
export default defineConfig({
  test: {
    environment: 'node',
    globals: true,
    include: ['tests/e2e/**/*.e2e.ts'],
    // Browsers are heavy on a 2-core machine: one test file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
