import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// 127.0.0.1 rather than localhost: Node may resolve localhost to ::1, where the server does not listen.
const server = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/collab': { target: server, ws: true, changeOrigin: false },
    },
  },
});
