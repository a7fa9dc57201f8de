/** The API handlers: contract methods implemented over injected storage, settings, search and export. */
import type { Handlers } from '../shared/api/contract';
import type { HandlerDeps } from './handler-deps';
import { draftHandlers } from './handlers/drafts';
import { historyHandlers } from './handlers/history';
import { importDocxHandlers } from './handlers/import-docx';
import { outboxHandlers } from './handlers/outbox';
import { printHandlers } from './handlers/print';
import { transferHandlers } from './handlers/transfer';

export type { DialogPort, DraftPrinter, ExportKind, ExportTarget, HandlerDeps, OpenPort, PdfRenderer, SearchPort, SettingsPort } from './handler-deps';

/** Builds the contract handlers from their dependencies. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    appInfo: async () => deps.info,
    getNotices: async () => deps.notices(),
    ...draftHandlers(deps),
    ...historyHandlers(deps),
    ...transferHandlers(deps),
    ...importDocxHandlers(deps),
    ...printHandlers(deps),
    ...outboxHandlers(deps),
    getSettings: async () => deps.settings.get(),
    saveSettings: async ({ settings }) => deps.settings.set(settings),
  };
}
