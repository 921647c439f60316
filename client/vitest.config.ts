import { defineConfig } from 'vitest/config';
import { sourceConditions } from '../vitest.sourceConditions.ts';

export default defineConfig({
  ...sourceConditions,
  // Screens render through React Aria in jsdom: on a busy 2-core machine one can take longer than the 5 s default.
  test: { name: 'client', environment: 'jsdom', setupFiles: ['./src/testing/setupTests.ts'], testTimeout: 20_000 },
});
