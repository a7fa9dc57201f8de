/**
 * The DOCX branch of `baocao import <file>`: a Word file (told from a transfer file by its bytes,
 * never by its name) becomes a new draft, and its id is printed; with `--json` the draft is
 * printed instead and nothing is stored. The import report goes to stderr.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { docxTooBigMessage, MAX_DOCX_BYTES } from '../../shared/import/limits';
import { refusal } from '../../shared/import/messages';
import type { ImportReportValue } from '../../shared/import/report-schema';
import { importDocxBytes } from '../../import/docx/import-docx';
import { looksLikeWordFile } from '../../import/docx/package';
import { call, withServices, type CommandContext } from '../context';
import { CliError, type CliIo } from '../io';

/**
 * Whether the file at `path` goes to the Word import: by its first bytes (a zip, an OLE file,
 * RTF …); a file whose bytes are neither a Word file nor JSON goes there too when it is named as
 * a Word file, so that a damaged .docx is explained as one.
 */
export async function isWordFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = new Uint8Array(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    if (looksLikeWordFile(bytes)) return true;
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/u, '').trimStart();
    return /\.(docx|docm|dotx|doc)$/iu.test(path) && !text.startsWith('{') && !text.startsWith('[');
  } finally {
    await handle.close();
  }
}

function printReport(io: CliIo, report: ImportReportValue): void {
  for (const line of report.recognised) io.err(`✓ ${line}`);
  for (const line of report.unplaced) io.err(`? ${line}`);
  for (const finding of report.originalProblems) io.err(`Tệp gốc: ${finding.message}`);
}

/** Imports the DOCX at `path` (see the module comment). */
export async function importDocxCommand(path: string, { dataDir, options, io }: CommandContext): Promise<void> {
  const fileName = basename(path);
  const size = (await stat(path)).size;
  if (size > MAX_DOCX_BYTES) throw new CliError(refusal(fileName, docxTooBigMessage(size)), 2);
  const bytes = new Uint8Array(await readFile(path));
  if (options.json) {
    try {
      const { draft, report } = await importDocxBytes(bytes, { now: new Date().toISOString() });
      io.out(JSON.stringify(draft, null, 2));
      printReport(io, report);
    } catch (error) {
      if (error instanceof AppError && error.code === 'INVALID_ARGUMENT') throw new CliError(refusal(fileName, error.message), 2);
      throw error;
    }
    return;
  }
  const contentBase64 = Buffer.from(bytes).toString('base64');
  const { draft, report } = await withServices(dataDir, (s) => call(s, 'importDocx', { fileName, contentBase64 }));
  io.out(draft.id);
  printReport(io, report);
}
