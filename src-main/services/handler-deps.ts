/** What the API handlers are built from: storage, settings, search, export and the dialog port. */
import type { SearchHit } from '../shared/api/contract';
import type { Draft } from '../shared/domain/draft-schema';
import type { Layout, Settings } from '../shared/domain/settings-schema';
import type { DraftRepository, HistoryStore } from '../storage/types';
import type { DocxImporter } from '../import/docx/worker-runner';

export interface SettingsPort {
  get(): Settings;
  set(settings: Settings): Settings;
}

/** Where an export goes: the path and whether the user already agreed to replace it. */
export interface ExportTarget {
  path: string;
  overwrite: boolean;
}

/** What a file written for the user holds. */
export type ExportKind = 'docx' | 'pdf' | 'transfer';

/**
 * Every path comes from main: native dialogs in the app, fixed folders for the loopback
 * transport. Each method answers null when the user cancels.
 */
export interface DialogPort {
  chooseExportPath(suggestedName: string, kind: ExportKind): Promise<ExportTarget | null>;
  chooseBackupFolder(): Promise<string | null>;
  chooseBackupFile(): Promise<string | null>;
}

/** The page layout of a draft as PDF bytes: printToPDF of a hidden window in the app, headless Chromium elsewhere. */
export type PdfRenderer = (draft: Draft, layout: Layout) => Promise<Uint8Array>;

/** The system print dialog for the page layout of a draft (the app only); false when the clerk cancelled. */
export type DraftPrinter = (draft: Draft, layout: Layout, copies: number) => Promise<{ printed: boolean }>;

/**
 * Hands a file or folder to the system's programs (the mail client for an .eml, the file
 * manager for a folder). Answers false when nothing could open it: in plain Node always.
 */
export interface OpenPort {
  openFile(path: string): Promise<boolean>;
  openFolder(path: string): Promise<boolean>;
}

/** The search service as the handlers use it. */
export interface SearchPort {
  search(query: string, options: { year?: number; status?: 'draft' | 'final'; limit?: number }): Promise<SearchHit[]>;
}

export interface HandlerDeps {
  drafts: DraftRepository;
  history: HistoryStore;
  settings: SettingsPort;
  /** The search service, opened on first use (the CLI rarely needs it). */
  search(): SearchPort;
  dialogs: DialogPort;
  /** Writes the DOCX and reads it back; returns where it landed (a new name if the target was locked). */
  writeDocx(draft: Draft, layout: Layout, target: ExportTarget): Promise<{ path: string; removedCharacters: number }>;
  renderPdf: PdfRenderer;
  /** Null where printing happens in the browser (the loopback transport, the CLI). */
  printer: DraftPrinter | null;
  open: OpenPort;
  /** A readable, Windows-safe file name for the draft. */
  suggestFileName(draft: Draft, extension?: string): string;
  /** Notices of storage and settings, and any added while running. */
  notices(): string[];
  /** Records a notice for the user (a skipped file in a backup, a failed snapshot). */
  addNotice(message: string): void;
  info: { version: string; dataDir: string; transport: 'ipc' | 'http' };
  clock: () => Date;
  newId: () => string;
  /** "Nhập từ Word": reads a DOCX into a draft and its report (a worker thread in the app). */
  docxImporter: DocxImporter;
}
