import { defineConfig } from 'vitest/config';
import { sourceConditions } from '../vitest.sourceConditions.ts';

export default defineConfig({
  ...sourceConditions,
  test: { name: 'bench', environment: 'node', testTimeout: 180_000, hookTimeout: 60_000 },
});
