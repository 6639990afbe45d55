import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['tests/unit/i18n-setup.ts', 'tests/unit/lazy-assets-setup.ts'],
    include: ['{lib,components,entrypoints,tests/unit,tests/linking,scripts}/**/*.test.{ts,tsx}'],
  },
});
