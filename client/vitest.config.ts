import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'client', environment: 'jsdom', setupFiles: ['./src/testing/setupTests.ts'] },
});
