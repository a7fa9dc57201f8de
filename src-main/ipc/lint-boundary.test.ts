/** The lint rule that keeps raw IPC inside src-main/ipc/ and the preload, run on snippets. */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

/** The rule ids (with their messages) ESLint reports for `code` as if it lived at `filePath`. */
async function restrictions(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

const RAW_IPC = {
  'an import': "import { ipcMain } from 'electron';\nipcMain.on('x', () => {});\n",
  'a renamed import': "import { ipcRenderer as r } from 'electron';\nr.send('x');\n",
  'a subpath import': "import { ipcMain } from 'electron/main';\nipcMain.on('x', () => {});\n",
  'a namespace member': "import * as electron from 'electron';\nelectron.ipcMain.on('x', () => {});\n",
  'a destructured require': "const { ipcMain } = require('electron');\nipcMain.on('x', () => {});\n",
};

describe('raw ipcMain/ipcRenderer outside src-main/ipc/ and the preload', () => {
  it.each(Object.entries(RAW_IPC))('is refused as %s in the app shell, the composition root and anywhere else', async (_name, code) => {
    for (const file of ['src-main/app/lifecycle.ts', 'src-main/index.ts', 'e2e/support/x.ts', 'scripts/x.mjs']) {
      const found = await restrictions(code, file);
      expect(found.some((m) => m.includes('src-main/ipc/')), `${file}: ${found.join(' | ')}`).toBe(true);
    }
  });

  it('is allowed in src-main/ipc/ and src-main/preload/, where the sender check and the bridge live', async () => {
    for (const file of ['src-main/ipc/connect.ts', 'src-main/preload/index.ts']) {
      expect(await restrictions(RAW_IPC['an import'], file), file).toEqual([]);
    }
  });

  it('leaves other Electron imports in the shell alone, but refuses the updater, crash reporter and net everywhere', async () => {
    expect(await restrictions("import { app } from 'electron';\napp.quit();\n", 'src-main/app/x.ts')).toEqual([]);
    for (const file of ['src-main/app/x.ts', 'src-main/ipc/x.ts']) {
      const found = await restrictions("import { autoUpdater, crashReporter, net } from 'electron';\nvoid [autoUpdater, crashReporter, net];\n", file);
      expect(found.filter((m) => m.includes('never goes online')), file).toHaveLength(3);
    }
  });
});
