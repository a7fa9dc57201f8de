/** Composition of the plain-Node services, shared by the Electron app, the loopback server and the CLI. */
import { randomUUID } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handlers } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import { engineRenderer, openPdfEngine, type PdfEngine, type PdfEngineOptions } from '../export/pdf/pdf-engine';
import { exportDocxFile } from '../export/write-docx';
import { workerImporter, type DocxImporter } from '../import/docx/worker-runner';
import { openSearchService, type SearchService } from '../search/search-service';
import { exportFileName } from '../shared/domain/file-name';
import { ensureDailyBackup } from '../storage/backup';
import { openDraftRepository } from '../storage/draft-repository';
import { openHistoryStore } from '../storage/history';
import { openSettingsStore, type SettingsStoreClass } from '../storage/settings-store';
import { DataFolderBusyError, lockPath, takeDataLock, type DataLock } from '../storage/lock';
import { TRASH_RETENTION_MS } from '../storage/trash';
import type { DraftChange, DraftRepository, HistoryStore } from '../storage/types';
import { createHandlers, type DialogPort, type DraftPrinter, type OpenPort, type PdfRenderer, type SettingsPort } from './handlers';

export interface OpenServicesOptions {
  dataDir: string;
  version: string;
  transport: 'ipc' | 'http';
  /** Where files go and come from: native dialogs in the app, `folderDialogs` elsewhere. */
  dialogs: DialogPort;
  /** electron-store's class in the app; conf's (the default) elsewhere. */
  SettingsClass?: SettingsStoreClass;
  clock?: () => Date;
  newId?: () => string;
  /** Load the search index at once (the app); otherwise on the first search (the CLI). */
  eagerSearch?: boolean;
  /**
   * Housekeeping of the app that owns the folder: purge trash older than 30 days, make the daily
   * automatic backup now and check again every hour. The CLI and the tests leave it off.
   */
  maintenance?: boolean;
  /** Told about problems the services got over by themselves (search index rebuilt, backup failed). */
  onError?: (error: unknown) => void;
  /**
   * printToPDF of a hidden window in the app. Elsewhere (the default) a kept headless Chromium
   * (export/pdf/pdf-engine.ts): launched on the first PDF, one fresh tab kept ready, closed after
   * two idle minutes and by close().
   */
  renderPdf?: PdfRenderer;
  /** Where that kept Chromium finds its browser and the page build (tests point it at their own). */
  pdfEngine?: PdfEngineOptions;
  /** The system print dialog (the app); without it printing happens in the browser. */
  printer?: DraftPrinter;
  /** The mail client and file manager (Electron's shell); without it nothing is opened. */
  open?: OpenPort;
  /**
   * Take the data-folder lock (storage/lock.ts) for as long as the services serve the folder:
   * 'take-over' for the app (behind Electron's single-instance lock; a failure becomes a notice
   * the clerk sees), 'exclusive' for a server (another live holder makes opening fail). The CLI
   * takes none: it checks the lock before writes that could collide.
   */
  lock?: 'take-over' | 'exclusive';
  /** Reads "Nhập từ Word" files: a worker thread by default; the CLI imports in its own process. */
  docxImporter?: DocxImporter;
}

export interface Services {
  handlers: Handlers;
  drafts: DraftRepository;
  history: HistoryStore;
  settings: SettingsPort;
  /** Vietnamese messages about anything recovered or set aside while opening. */
  notices: string[];
  /** Resolves when background work started at open (the automatic backup) is done. */
  idle(): Promise<void>;
  /**
   * Finishes background work, flushes every pending write, records a clean close and ends the
   * kept Chromium. The services stay usable: the app also calls this on suspend and shutdown.
   */
  close(): Promise<void>;
  /** Stops the hourly backup check and the search updates (for a process that is done with them). */
  dispose(): void;
  /** Gives the data-folder lock back, if one was taken; synchronous for a quitting app. */
  releaseLock(): void;
}

const AUTO_BACKUP_CHECK_MS = 60 * 60 * 1000;

/** Opens storage, history, settings and search in `dataDir` and builds the API handlers over them. */
export async function openServices(options: OpenServicesOptions): Promise<Services> {
  const { dataDir } = options;
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const runtimeNotices: string[] = [];
  const lock = options.lock ? await takeLock(dataDir, options.lock, runtimeNotices, options.onError) : undefined;
  const history = openHistoryStore({ dataDir, clock, notices: runtimeNotices });
  const drafts = await openDraftRepository({ dataDir, clock, newId, beforeReplace: history.beforeReplace });
  const settings = openSettingsStore({ dir: dataDir, ...(options.SettingsClass ? { ConfClass: options.SettingsClass } : {}) });
  const report = options.onError ?? (() => undefined);

  let search: SearchService | undefined;
  const openSearch = (): SearchService =>
    (search ??= openSearchService({
      dataDir,
      loadAllDrafts: async function* () {
        for (const { id } of await drafts.list()) {
          try {
            yield await drafts.get(id);
          } catch {
            // Deleted or unreadable meanwhile: the repository has reported it.
          }
        }
      },
      fingerprint: () => drafts.fingerprint(),
      loadDraft: (id) => drafts.get(id),
      onError: report,
    }));
  // Re-indexing a large draft takes milliseconds: it runs after the save has answered, and a
  // draft saved again before that is indexed once. A search applies what is pending first.
  const pending = new Map<string, DraftChange>();
  let draining: ReturnType<typeof setImmediate> | undefined;
  const applyPending = () => {
    clearImmediate(draining);
    draining = undefined;
    for (const change of pending.values()) {
      if (change.type === 'saved') search?.onDraftSaved(change.draft);
      else search?.onDraftRemoved(change.id);
    }
    pending.clear();
  };
  const unsubscribe = drafts.subscribe((change) => {
    if (!search) return; // a closed index is checked against the fingerprint when it opens
    pending.set(change.type === 'saved' ? change.draft.meta.id : change.id, change);
    draining ??= setImmediate(applyPending);
  });
  if (options.eagerSearch) openSearch();
  const searchPort = () => {
    const service = openSearch();
    return {
      search: (query: string, searchOptions: Parameters<SearchService['search']>[1]) => {
        applyPending();
        return service.search(query, searchOptions);
      },
    };
  };

  if (options.maintenance) {
    // 30 days counted from each recorded deletion time (storage/trash.ts).
    for (const id of await drafts.purgeTrash(TRASH_RETENTION_MS).catch(() => [] as string[])) {
      await history.remove(id).catch(() => undefined);
    }
  }

  let background: Promise<void> = Promise.resolve();
  const backupNow = () => {
    background = background
      .then(() => ensureDailyBackup({ dataDir, clock, appVersion: options.version }))
      .then(
        () => undefined,
        (error: unknown) => {
          runtimeNotices.push(`Chưa tạo được bản sao lưu tự động hôm nay: ${error instanceof Error ? error.message : String(error)}`);
          report(error);
        },
      );
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  if (options.maintenance) {
    backupNow();
    timer = setInterval(backupNow, AUTO_BACKUP_CHECK_MS);
    timer.unref();
  }

  const notices = () => [...drafts.notices(), ...settings.notices(), ...runtimeNotices];
  let renderPdf = options.renderPdf;
  let pdfEngine: PdfEngine | null = null;
  if (!renderPdf) {
    // Nothing is launched until a PDF is asked for.
    pdfEngine = openPdfEngine(options.pdfEngine);
    renderPdf = engineRenderer(pdfEngine);
  }
  const handlers = createHandlers({
    drafts,
    history,
    settings,
    search: searchPort,
    dialogs: options.dialogs,
    writeDocx: (draft, layout, target) => exportDocxFile(draft, layout, target.path, { overwrite: target.overwrite }),
    renderPdf,
    printer: options.printer ?? null,
    open: options.open ?? openNothing,
    suggestFileName: exportFileName,
    notices,
    addNotice: (message) => void runtimeNotices.push(message),
    info: { version: options.version, dataDir, transport: options.transport },
    clock,
    newId,
    docxImporter: options.docxImporter ?? workerImporter(),
  });
  return {
    handlers,
    drafts,
    history,
    settings,
    notices: notices(),
    idle: () => background,
    async close() {
      await background;
      applyPending();
      await search?.flush();
      await history.flush();
      await drafts.close();
      // Chromium ends with the services' work (a later PDF launches it again).
      await pdfEngine?.close();
    },
    dispose() {
      clearInterval(timer);
      unsubscribe();
    },
    releaseLock() {
      lock?.releaseSync();
    },
  };
}

/**
 * Takes the data-folder lock. In exclusive mode a live holder makes opening fail (AppError
 * CONFLICT); in take-over mode anything that goes wrong is told to the clerk, never swallowed,
 * since the CLI then cannot see that the app has the folder open.
 */
async function takeLock(dataDir: string, mode: 'take-over' | 'exclusive', notices: string[], report?: (error: unknown) => void): Promise<DataLock | undefined> {
  try {
    const lock = await takeDataLock(dataDir, undefined, { exclusive: mode === 'exclusive' });
    if (lock.previous) {
      notices.push(
        `Tệp khóa cho biết tiến trình ${lock.previous.pid} có thể vẫn đang dùng thư mục dữ liệu. Ứng dụng đã nhận quyền ghi; ` +
          'nếu có một cửa sổ Soạn Báo Cáo hay lệnh baocao khác đang chạy, hãy đóng nó.',
      );
    }
    return lock;
  } catch (error) {
    if (error instanceof DataFolderBusyError) throw new AppError('CONFLICT', error.message);
    if (mode === 'exclusive') throw error;
    report?.(error);
    notices.push(
      `Không tạo được tệp khóa ${lockPath(dataDir)} (${error instanceof Error ? error.message : String(error)}). ` +
        'Bản thảo vẫn được lưu bình thường, nhưng lệnh baocao sẽ không biết ứng dụng đang mở: đừng chạy lệnh ghi khi ứng dụng đang mở.',
    );
    return undefined;
  }
}

/** An open port for processes with no desktop to open things on (servers, tests, the CLI). */
export const openNothing: OpenPort = {
  openFile: async () => false,
  openFolder: async () => false,
};

/** The newest `.zip` in `dir`, or null when there is none. */
async function newestZip(dir: string): Promise<string | null> {
  let best: { path: string; mtime: number } | null = null;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.toLowerCase().endsWith('.zip')) continue;
    const path = join(dir, name);
    const mtime = (await stat(path)).mtimeMs;
    if (!best || mtime > best.mtime) best = { path, mtime };
  }
  return best?.path ?? null;
}

/**
 * A dialog port that never asks (the loopback transport and the CLI): exports and backups go
 * into `dir` under their suggested names, and the backup to restore is the newest zip there.
 */
export function folderDialogs(dir: string): DialogPort {
  return {
    chooseExportPath: async (suggestedName) => ({ path: join(dir, suggestedName), overwrite: false }),
    chooseBackupFolder: async () => dir,
    chooseBackupFile: () => newestZip(dir),
  };
}

/** A dialog port for callers with no user to ask: every choice is cancelled. */
export const noDialogs: DialogPort = {
  chooseExportPath: async () => null,
  chooseBackupFolder: async () => null,
  chooseBackupFile: async () => null,
};
