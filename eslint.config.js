// Type-aware linting for the TypeScript sources; Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '**/*.generated.*'] },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Fire-and-forget promises are marked with `void`; the rest must be awaited.
      '@typescript-eslint/no-floating-promises': 'error',
      // WebExtension listeners answer messages by returning a promise.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    // Tests read JSON fixtures and stub async APIs: untyped data and async stubs are the point there.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts', 'scripts/bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        document: 'readonly',
        window: 'readonly',
        location: 'readonly',
        globalThis: 'readonly',
        // Scripts also hand functions to the browser (page.evaluate): these run there.
        chrome: 'readonly',
        navigator: 'readonly',
        requestAnimationFrame: 'readonly',
        NodeFilter: 'readonly',
        MutationObserver: 'readonly',
        PerformanceObserver: 'readonly',
        CSS: 'readonly',
        getComputedStyle: 'readonly',
        OpenCC: 'readonly',
        Mark: 'readonly',
      },
    },
  },
);
