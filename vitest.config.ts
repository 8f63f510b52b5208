import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'server/src/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/*/e2e/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    reporters: ['default', './test/support/closingLineReporter.ts'],
  },
})
