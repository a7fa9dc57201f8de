/** `export` (DOCX or PDF), `export-drafts`, `import`, `backup`. */
import { basename, resolve } from 'node:path';
import { renderPdfHeadless } from '../../export/pdf/render-pdf-headless';
import { exportDocxFile } from '../../export/write-docx';
import { writeExportFile } from '../../services/handlers/print';
import { defaultSettings } from '../../shared/domain/settings-schema';
import { folderDialogs } from '../../services/open-services';
import { readTransferFile } from '../../storage/transfer';
import { readDraftFile } from '../draft-file';
import { CliError } from '../io';
import { importDocxCommand, isWordFile } from './import-docx';
import { call, required, withServices, type CommandContext } from '../context';

/**
 * `export <id|draft.json> --format docx|pdf --out <file> [--chromium <path>]`: the DOCX, or the PDF
 * of the page layout rendered by the system's Chromium (the same PDF as the app's), of a stored
 * draft or of a draft file.
 */
export async function exportCommand({ dataDir, args, options, io }: CommandContext): Promise<void> {
  const target = required(args[0], 'mã hoặc tệp bản thảo');
  if (options.format !== 'docx' && options.format !== 'pdf') throw new CliError(`Định dạng không hỗ trợ: ${options.format} (chỉ có docx hoặc pdf)`, 2);
  const outPath = resolve(required(options.out, '--out <tệp>'));
  const isFile = target.toLowerCase().endsWith('.json');
  // A draft file is exported as it is, without touching (or even opening) the data folder.
  const { draft, layout } = isFile
    ? { draft: await readDraftFile(target), layout: defaultSettings().layout }
    : await withServices(dataDir, async (s) => ({ draft: await call(s, 'getDraft', { id: target }), layout: s.settings.get().layout }));
  if (options.format === 'pdf') {
    const pdf = await renderPdfHeadless(draft, layout, { chromium: options.chromium });
    io.out(await writeExportFile(pdf.bytes, { path: outPath, overwrite: true }));
    return;
  }
  const written = await exportDocxFile(draft, layout, outPath, { overwrite: true });
  io.out(written.path);
  if (written.removedCharacters > 0) io.err(`Đã loại bỏ ${written.removedCharacters} ký tự không hợp lệ`);
}

/** `export-drafts <id…> --out <file>`: one transfer file holding the drafts, for another machine. */
export async function exportDraftsCommand({ dataDir, args, options, io }: CommandContext): Promise<void> {
  if (args.length === 0) throw new CliError('Thiếu mã bản thảo', 2);
  const out = resolve(required(options.out, '--out <tệp>'));
  const dialogs = { ...folderDialogs('.'), chooseExportPath: async () => ({ path: out, overwrite: true }) };
  const { path } = await withServices(dataDir, (s) => call(s, 'exportDrafts', { ids: args }), dialogs);
  io.out(path ?? out);
}

/** `import <file>`: every draft of a transfer file (or one draft JSON), or a Word file, becomes a new draft; prints the new ids. */
export async function importCommand(context: CommandContext): Promise<void> {
  const { dataDir, args, io } = context;
  const file = required(args[0], 'tệp cần nhập');
  // A Word file is told by its content, not its name; --json prints the draft instead of storing it.
  if (await isWordFile(resolve(file))) return importDocxCommand(resolve(file), context);
  // Size cap before the file is read, then the same checks as the app.
  const content = await readTransferFile(resolve(file));
  const { imported } = await withServices(dataDir, (s) => call(s, 'importDrafts', { fileName: basename(file), content }));
  for (const summary of imported) io.out(summary.id);
}

/** `backup --out <dir>`: a zip of all drafts, history and settings in that folder; prints its path. */
export async function backupCommand({ dataDir, options, io }: CommandContext): Promise<void> {
  const dir = resolve(required(options.out, '--out <thư mục>'));
  const { path } = await withServices(dataDir, (s) => call(s, 'backupNow', {}), folderDialogs(dir));
  io.out(path ?? dir);
}
