import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/test/**/*.test.ts', 'tests/**/*.test.ts', 'ui/test/**/*.test.ts',
      'outlook-addin/test/**/*.test.ts', 'extension/test/**/*.test.ts'],
    // Limits only a hang reaches: on a machine whose cores are all busy a test of
    // a few seconds can take a minute, and speed is `npm run bench`'s question.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
