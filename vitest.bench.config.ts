import { defineConfig } from 'vitest/config';

// Matching benchmarks: prints figures, asserts nothing about time.
// Run: npx vitest run --config vitest.bench.config.ts
export default defineConfig({
  test: {
    environment: 'node',
    include: ['scripts/bench/match*.bench.ts'],
    execArgv: ['--expose-gc'],
    testTimeout: 600_000,
  },
});
