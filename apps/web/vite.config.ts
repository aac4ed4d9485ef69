import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is served by the survey server under any mount path: index.html carries a <base href> the server
// fills in, and every URL in the build is relative to it.
export default defineConfig({
  base: './',
  plugins: [react()],
  // Workspace packages (@neighbourly/core: the theory-of-change layout) are bundled from their sources.
  resolve: { conditions: ['@neighbourly/source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npm run dev -w @neighbourly/web` next to `npm start`: the API comes from the running server.
    proxy: { '/api': 'http://localhost:3000', '/s/': 'http://localhost:3000' },
  },
});
