import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const shared = resolve(import.meta.dirname, 'src-main/shared');

export default defineConfig({
  main: {
    build: {
      // The "Nhập từ Word" worker thread is a file of its own beside index.js (import/docx/worker-runner.ts).
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src-main/index.ts'), 'import-worker': resolve(import.meta.dirname, 'src-main/import/docx/import-worker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be one CommonJS file with nothing left to require but electron.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src-renderer'),
    base: './',
    resolve: { alias: { '@shared': shared } },
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // The app, and the page document that preview, print and PDF paginate (src-renderer/page/page-api.ts).
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src-renderer/index.html'),
          page: resolve(import.meta.dirname, 'src-renderer/page/page.html'),
        },
      },
    },
  },
});
