import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Property suites run thousands of cases; on a shared 2-core machine one can take longer than vitest's 5 s default.
    testTimeout: 60_000,
  },
});
