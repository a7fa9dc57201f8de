/** Native dialogs main owns; the renderer never chooses paths itself. */
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ExportTarget } from '../services/handlers';

/** The native save dialog for a DOCX; the dialog itself asks before replacing a file. */
export async function chooseDocxPath(window: BrowserWindow | null, suggestedName: string, folder: string): Promise<ExportTarget | null> {
  const options = {
    title: 'Xuất báo cáo ra tệp DOCX',
    defaultPath: join(folder || app.getPath('documents'), suggestedName),
    buttonLabel: 'Lưu',
    filters: [{ name: 'Văn bản Word', extensions: ['docx'] }],
    properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  const path = result.filePath.toLowerCase().endsWith('.docx') ? result.filePath : `${result.filePath}.docx`;
  return { path, overwrite: true };
}
