import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The window's UI, built as static files that Electron loads and `framescope serve` serves.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Loaded from disk or localhost, never over a network: one bundle is simplest.
    chunkSizeWarningLimit: 1024,
  },
});
