/** Native dialogs main owns; the renderer never chooses paths itself. */
import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { DialogPort, ExportKind, ExportTarget } from '../services/handlers';
import { TRANSFER_EXTENSION } from '../shared/domain/transfer-format';

const KINDS: Record<ExportKind, { title: string; filter: string; extension: string }> = {
  docx: { title: 'Xuất báo cáo ra tệp DOCX', filter: 'Văn bản Word', extension: 'docx' },
  pdf: { title: 'Xuất báo cáo ra tệp PDF', filter: 'Tài liệu PDF', extension: 'pdf' },
  transfer: { title: 'Xuất bản thảo để chuyển sang máy khác', filter: 'Tệp bản thảo Soạn Báo Cáo', extension: TRANSFER_EXTENSION },
};

const save = (window: BrowserWindow | null, options: SaveDialogOptions) =>
  window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
const open = (window: BrowserWindow | null, options: OpenDialogOptions) =>
  window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);

/** The native save dialog for an export; the dialog itself asks before replacing a file. */
export async function chooseExportPath(window: BrowserWindow | null, suggestedName: string, kind: ExportKind, folder: string): Promise<ExportTarget | null> {
  const { title, filter, extension } = KINDS[kind];
  const result = await save(window, {
    title,
    defaultPath: join(folder || app.getPath('documents'), suggestedName),
    buttonLabel: 'Lưu',
    filters: [{ name: filter, extensions: [extension] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  if (result.canceled || !result.filePath) return null;
  const path = result.filePath.toLowerCase().endsWith(`.${extension}`) ? result.filePath : `${result.filePath}.${extension}`;
  return { path, overwrite: true };
}

/** The native folder picker for a one-click backup. */
export async function chooseBackupFolder(window: BrowserWindow | null): Promise<string | null> {
  const result = await open(window, {
    title: 'Chọn thư mục để lưu bản sao lưu',
    defaultPath: app.getPath('documents'),
    buttonLabel: 'Sao lưu vào đây',
    properties: ['openDirectory', 'createDirectory'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The native file picker for a backup zip to restore. */
export async function chooseBackupFile(window: BrowserWindow | null): Promise<string | null> {
  const result = await open(window, {
    title: 'Chọn bản sao lưu để khôi phục',
    defaultPath: app.getPath('documents'),
    buttonLabel: 'Khôi phục',
    filters: [{ name: 'Bản sao lưu Soạn Báo Cáo', extensions: ['zip'] }],
    properties: ['openFile'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The dialog port of the Electron app, on the current main window; exports start in the settings' folder. */
export function electronDialogs(getWindow: () => BrowserWindow | null, exportFolder: () => string): DialogPort {
  return {
    chooseExportPath: (name, kind) => chooseExportPath(getWindow(), name, kind, exportFolder()),
    chooseBackupFolder: () => chooseBackupFolder(getWindow()),
    chooseBackupFile: () => chooseBackupFile(getWindow()),
  };
}
