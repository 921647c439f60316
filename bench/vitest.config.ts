import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'bench', environment: 'node', testTimeout: 180_000, hookTimeout: 60_000 },
});
