// Builds the viewer (web/) and configures the test runner (test/).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'web',
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
