import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/test/**/*.test.ts', 'tests/**/*.test.ts', 'ui/test/**/*.test.ts',
      'outlook-addin/test/**/*.test.ts', 'extension/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
