import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/corpus/**', 'test/projects/*/**', 'test/editor/**', '**/node_modules/**'],
    testTimeout: 20_000,
    setupFiles: ['test/support/remove-temp-dirs.ts'],
  },
});
