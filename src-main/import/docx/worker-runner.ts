/**
 * Runs the DOCX import in a worker thread with a memory cap and a time limit: the main process
 * (the window's IPC, the loopback server) stays responsive whatever the file, a file that needs
 * more memory or time than any report could is stopped and refused, and nothing it did survives.
 * The worker runs the built file next to the bundle in the app (out/main/import-worker.js) and
 * the TypeScript source through tsx elsewhere (tests, dev server). The CLI imports in its own
 * process (`inProcessImporter`): it has no window to keep responsive.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/api/errors';
import { IMPORT_MESSAGES } from '../../shared/import/messages';
import { importDocxBytes, type DocxImport } from './import-docx';

/** Imports DOCX bytes; `now` is the ISO time of the import. AppError when the file is refused. */
export type DocxImporter = (bytes: Uint8Array, now: string) => Promise<DocxImport>;

export interface WorkerRequest {
  bytes: Uint8Array;
  now: string;
}
export type WorkerReply = { ok: true; value: DocxImport } | { ok: false; code: ErrorCode; message: string };

/** The import in the calling thread. */
export const inProcessImporter: DocxImporter = (bytes, now) => importDocxBytes(bytes, { now });

export interface WorkerOptions {
  /** Heap of the worker; an import that needs more is refused. */
  maxMemoryMb?: number;
  timeoutMs?: number;
}

/** tsx's ESM register API (its CommonJS build cannot register the ESM loader). */
function tsxApiUrl(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/u, '.mjs')).href;
}

/** How to start the worker: the built entry when there is one, else the source through tsx. */
function workerTarget(): { file: string | URL; eval: boolean; workerData?: unknown } {
  // Beside the bundle's entry, or one folder up when the bundler put this code in a chunk.
  for (const candidate of ['./import-worker.js', '../import-worker.js']) {
    const built = new URL(candidate, import.meta.url);
    if (built.protocol === 'file:' && existsSync(fileURLToPath(built))) return { file: built, eval: false };
  }
  const source = new URL('./import-worker.ts', import.meta.url);
  const tsx = tsxApiUrl();
  const boot = `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((m) => { (m.register ?? m.default.register)(); return import(workerData.entry); });`;
  return { file: boot, eval: true, workerData: { tsx, entry: source.href } };
}

/** An importer that runs each import in a fresh worker thread. */
export function workerImporter(options: WorkerOptions = {}): DocxImporter {
  const maxMemoryMb = options.maxMemoryMb ?? 1024;
  const timeoutMs = options.timeoutMs ?? 120_000;
  return (bytes, now) =>
    new Promise<DocxImport>((resolve, reject) => {
      const target = workerTarget();
      const worker = new Worker(target.file, {
        eval: target.eval,
        workerData: target.workerData,
        resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: 64 },
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        outcome();
      };
      const timer = setTimeout(() => finish(() => reject(new AppError('INVALID_ARGUMENT', IMPORT_MESSAGES.timeout))), timeoutMs);
      worker.once('message', (reply: WorkerReply) =>
        finish(() => (reply.ok ? resolve(reply.value) : reject(new AppError(reply.code, reply.message)))),
      );
      worker.once('error', (error: Error & { code?: string }) =>
        finish(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new AppError('INVALID_ARGUMENT', IMPORT_MESSAGES.tooComplex)
              : new AppError('INTERNAL', `Lỗi khi đọc tệp Word: ${error.message}`),
          ),
        ),
      );
      worker.once('exit', (code) => finish(() => reject(new AppError('INTERNAL', `Tiến trình đọc tệp Word dừng bất thường (mã ${code}).`))));
      // A copy goes to the worker; the caller keeps its bytes (the handler stores the original).
      worker.postMessage({ bytes, now } satisfies WorkerRequest);
    });
}
