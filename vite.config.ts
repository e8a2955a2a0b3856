// Builds the viewer (web/) and configures the test runner (test/).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'web',
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    // Starts the project's own Neo4j (on test ports) unless NEO4J_URI names one.
    globalSetup: ['test/global-setup.ts'],
    // Integration and browser tests share the one Neo4j database, so test files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
