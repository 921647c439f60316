import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// 127.0.0.1 rather than localhost: Node may resolve localhost to ::1, where the server does not listen.
const server = 'http://127.0.0.1:3000';

/**
 * Libraries in chunks of their own, so no chunk passes Vite's 500 kB warning and a
 * release that changes only our code leaves them cached. Before this split the main
 * chunk was 671 kB (208 kB gzip) and the document page's 491 kB (156 kB gzip); after it
 * the largest is about 220 kB (68 kB gzip). The editor's libraries (ProseMirror, Tiptap,
 * the Hocuspocus provider) still load only with the document page, the one that uses them.
 */
const modules = (names: string) => new RegExp(`[\\/]node_modules[\\/](${names})[\\/]`);
// A group also takes in what its modules import, unless a group of higher priority took it first.
const vendorChunks = [
  { name: 'react', priority: 5, test: modules('react|react-dom|scheduler') },
  {
    name: 'react-aria',
    priority: 4,
    test: modules('react-aria-components|react-aria|@react-aria|@react-stately|@react-types|@internationalized'),
  },
  // Every page: signing out clears this device's copies of documents.
  { name: 'yjs', priority: 3, test: modules('yjs|y-indexeddb|lib0') },
  { name: 'prosemirror', priority: 2, test: modules('prosemirror-[a-z-]+|orderedmap|rope-sequence|w3c-keyname') },
  { name: 'tiptap', priority: 1, test: modules('@tiptap') },
];

export default defineConfig({
  plugins: [react()],
  // The shared package is built from its TypeScript source, not from its compiled copy for Node.
  resolve: { conditions: ['roundtable-source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } },
  },
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/collab': { target: server, ws: true, changeOrigin: false },
    },
  },
});
