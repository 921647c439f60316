import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'server', environment: 'node', testTimeout: 20000, hookTimeout: 30000 } });
