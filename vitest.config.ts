import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.{ts,tsx}'],
    // npm pack + npm install into a fresh project takes about a minute: .ci/run runs it with PACKED_INSTALL=1.
    exclude: process.env.PACKED_INSTALL ? configDefaults.exclude : [...configDefaults.exclude, 'test/package/packedInstall.test.ts'],
    // Property suites run thousands of cases; on a shared 2-core machine one can take longer than vitest's 5 s default.
    testTimeout: 60_000,
    // Type tests (`*.test-d.ts`, `expectTypeOf`) for the public generics run with every `vitest run`, through tsc
    // over those files and what they import only (tsconfig.typecheck.json).
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.typecheck.json',
    },
  },
});
