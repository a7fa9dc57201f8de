/**
 * The worker thread of "Nhập từ Word": imports one DOCX off the main process, so reading even a
 * large or hostile file never holds up the app (see worker-runner.ts). It answers with the
 * import, or with the refusal as a value.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import { importDocxBytes } from './import-docx';
import type { WorkerReply, WorkerRequest } from './worker-runner';

parentPort?.once('message', (request: WorkerRequest) => {
  const reply = (message: WorkerReply) => parentPort?.postMessage(message);
  importDocxBytes(request.bytes, { now: request.now }).then(
    (value) => reply({ ok: true, value }),
    (error: unknown) => {
      if (error instanceof AppError) reply({ ok: false, code: error.code, message: error.message });
      else reply({ ok: false, code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
    },
  );
});
