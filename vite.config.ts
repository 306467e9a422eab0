import { defineConfig } from 'vite';

// The app build: index.html plus the seed document it fetches.
export default defineConfig({
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
  },
});
