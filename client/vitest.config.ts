import { defineConfig } from 'vitest/config';
import { sourceConditions } from '../vitest.sourceConditions.ts';

export default defineConfig({
  ...sourceConditions,
  test: { name: 'client', environment: 'jsdom', setupFiles: ['./src/testing/setupTests.ts'] },
});
