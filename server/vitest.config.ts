import { defineConfig } from 'vitest/config';
import { sourceConditions } from '../vitest.sourceConditions.ts';

export default defineConfig({
  ...sourceConditions,
  test: { name: 'server', environment: 'node', testTimeout: 20000, hookTimeout: 30000 },
});
