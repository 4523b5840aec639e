import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// The desktop app's build: main process and preload from electron/, the window from renderer/.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/main.ts') },
        external: ['better-sqlite3'],
      },
    },
  },
  // A sandboxed window's preload must be CommonJS.
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    build: { rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') } },
    plugins: [react()],
  },
});
