// Builds the viewer (web/) into web/dist. The tests are configured in vitest.config.ts.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  build: { outDir: 'dist', emptyOutDir: true },
});
