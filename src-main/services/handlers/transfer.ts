/** Moving drafts between machines and backups: export/import a transfer file, back up, restore. */
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import { numberedFileName } from '../../shared/domain/file-name';
import { localDay } from '../../shared/domain/history-policy';
import { TRANSFER_EXTENSION } from '../../shared/domain/transfer-format';
import { listBackups, manualBackupName, writeBackup } from '../../storage/backup';
import { restoreBackup } from '../../storage/backup-restore';
import { dataPaths } from '../../storage/paths';
import { importAsNew, keepImportedOriginal, parseTransfer, writeTransferFile } from '../../storage/transfer';
import type { HandlerDeps } from '../handler-deps';

type TransferHandlers = Pick<Handlers, 'exportDrafts' | 'importDrafts' | 'backupNow' | 'listBackups' | 'restoreBackup'>;

const exists = (path: string) => stat(path).then(
  () => true,
  () => false,
);

/** `path`, or "name (2).ext", "name (3).ext"… when it is taken: nothing the user has is replaced unasked. */
async function freePath(path: string): Promise<string> {
  const name = basename(path);
  // "x.baocao.json" → "x (2).baocao.json", not "x.baocao (2).json".
  const double = `.${TRANSFER_EXTENSION}`;
  const [stem, ext] = name.endsWith(double) ? [name.slice(0, -double.length), double] : [name, ''];
  for (let n = 1; ; n++) {
    const candidate = join(dirname(path), `${numberedFileName(stem, n)}${ext}`);
    if (!(await exists(candidate))) return candidate;
  }
}

/** Builds the transfer and backup handlers. */
export function transferHandlers(deps: HandlerDeps): TransferHandlers {
  const { drafts, history } = deps;
  const dataDir = deps.info.dataDir;
  return {
    exportDrafts: async ({ ids }) => {
      const chosen = [];
      for (const id of new Set(ids)) chosen.push(await drafts.get(id));
      const [first] = chosen;
      const name =
        chosen.length === 1 && first
          ? deps.suggestFileName(first, TRANSFER_EXTENSION)
          : `${chosen.length} bản thảo ${localDay(deps.clock())}.${TRANSFER_EXTENSION}`;
      const target = await deps.dialogs.chooseExportPath(name, 'transfer');
      if (!target) return { path: null };
      const path = target.overwrite ? target.path : await freePath(target.path);
      await writeTransferFile(path, chosen, deps.clock().toISOString());
      return { path };
    },
    importDrafts: async ({ fileName, content }) => {
      // Everything is validated before the first draft is stored: a refused file changes nothing.
      const parsed = parseTransfer(content);
      const { summaries } = await importAsNew(drafts, parsed, deps);
      await keepImportedOriginal(dataDir, fileName, content, deps.clock()).catch(() => undefined);
      return { imported: summaries };
    },
    backupNow: async () => {
      const folder = await deps.dialogs.chooseBackupFolder();
      if (!folder) return { path: null };
      const path = await freePath(join(folder, manualBackupName(deps.clock())));
      await writeBackup(path, { dataDir, clock: deps.clock, appVersion: deps.info.version });
      return { path };
    },
    listBackups: () => listBackups({ dataDir }),
    restoreBackup: async ({ name }) => {
      let path: string | null;
      if (name !== undefined) {
        // By name only from the automatic-backup folder: the renderer never names a path.
        if (!(await listBackups({ dataDir })).some((backup) => backup.name === name)) {
          throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu "${name}".`);
        }
        path = join(dataPaths(dataDir).backups, name);
      } else {
        path = await deps.dialogs.chooseBackupFile();
      }
      if (!path) return { imported: [] };
      const { imported, problems } = await restoreBackup(path, { drafts, history, newId: deps.newId, clock: deps.clock });
      for (const problem of problems) deps.addNotice(problem);
      return { imported };
    },
  };
}
