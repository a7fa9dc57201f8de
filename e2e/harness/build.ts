/** Builds the rich-text harness (e2e/harness) into a folder with Vite, for the e2e only. */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const HARNESS_DIR = import.meta.dirname;
const SHARED_DIR = resolve(import.meta.dirname, '../../src-main/shared');

/** Writes the built harness to `outDir` (index.html and its assets). */
export async function buildHarness(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: HARNESS_DIR,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: { '@shared': SHARED_DIR } },
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: false, reportCompressedSize: false },
  });
}
