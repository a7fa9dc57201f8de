/** The API handlers: contract methods implemented over injected storage, settings and export. */
import type { Handlers } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import type { Draft } from '../shared/domain/draft-schema';
import { newDraft } from '../shared/domain/new-draft';
import type { Layout, Settings } from '../shared/domain/settings-schema';
import type { DraftRepository } from '../storage/types';

export interface SettingsPort {
  get(): Settings;
  set(settings: Settings): Settings;
}

/** Where an export goes: the path and whether the user already agreed to replace it. */
export interface ExportTarget {
  path: string;
  overwrite: boolean;
}

export interface HandlerDeps {
  drafts: DraftRepository;
  settings: SettingsPort;
  /** Asks where to save (the native dialog in the app); null when the user cancels. */
  chooseExportPath(suggestedName: string, draft: Draft): Promise<ExportTarget | null>;
  /** Writes the DOCX and reads it back; returns where it landed (a new name if the target was locked). */
  writeDocx(draft: Draft, layout: Layout, target: ExportTarget): Promise<{ path: string; removedCharacters: number }>;
  /** A readable, Windows-safe file name for the draft. */
  suggestFileName(draft: Draft): string;
  /** Startup notices of storage and settings. */
  notices(): string[];
  info: { version: string; dataDir: string; transport: 'ipc' | 'http' };
  clock?: () => Date;
  newId?: () => string;
}

/** Builds the contract handlers from their dependencies. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const clock = deps.clock ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  return {
    appInfo: async () => deps.info,
    getNotices: async () => deps.notices(),
    listDrafts: () => deps.drafts.list(),
    getDraft: ({ id }) => deps.drafts.get(id),
    createDraft: async () => deps.drafts.create(newDraft({ id: newId(), now: clock().toISOString() })),
    saveDraft: ({ draft }) => deps.drafts.save(draft),
    deleteDraft: async ({ id }) => {
      await deps.drafts.delete(id);
      return { id };
    },
    exportDocx: async ({ id }) => {
      const draft = await deps.drafts.get(id);
      const target = await deps.chooseExportPath(deps.suggestFileName(draft), draft);
      if (!target) return { path: null, removedCharacters: 0 };
      if (!target.path.toLowerCase().endsWith('.docx')) {
        throw new AppError('INVALID_ARGUMENT', 'Tệp xuất phải có đuôi .docx');
      }
      const written = await deps.writeDocx(draft, deps.settings.get().layout, target);
      return { path: written.path, removedCharacters: written.removedCharacters };
    },
    getSettings: async () => deps.settings.get(),
    saveSettings: async ({ settings }) => deps.settings.set(settings),
  };
}
