/** What the API handlers are built from: storage, settings, search, export and the dialog port. */
import type { SearchHit } from '../shared/api/contract';
import type { Draft } from '../shared/domain/draft-schema';
import type { Layout, Settings } from '../shared/domain/settings-schema';
import type { DraftRepository, HistoryStore } from '../storage/types';

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
export type ExportKind = 'docx' | 'transfer';

/**
 * Every path comes from main: native dialogs in the app, fixed folders for the loopback
 * transport. Each method answers null when the user cancels.
 */
export interface DialogPort {
  chooseExportPath(suggestedName: string, kind: ExportKind): Promise<ExportTarget | null>;
  chooseBackupFolder(): Promise<string | null>;
  chooseBackupFile(): Promise<string | null>;
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
  /** A readable, Windows-safe file name for the draft. */
  suggestFileName(draft: Draft, extension?: string): string;
  /** Notices of storage and settings, and any added while running. */
  notices(): string[];
  /** Records a notice for the user (a skipped file in a backup, a failed snapshot). */
  addNotice(message: string): void;
  info: { version: string; dataDir: string; transport: 'ipc' | 'http' };
  clock: () => Date;
  newId: () => string;
}
