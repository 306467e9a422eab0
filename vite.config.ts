import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

// Two pages: the app (index.html) and the talk (slides.html, a reveal.js deck around the map).
// Each bundles the seed document it shows, so neither fetches it.
export default defineConfig({
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: {
        index: page('./index.html'),
        slides: page('./slides.html'),
      },
    },
  },
});
