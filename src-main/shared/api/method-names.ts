/**
 * The contract's method names alone, for the preload: it must stay tiny and free of zod.
 * A unit test proves this list equals the keys of `contract`.
 */
export const API_METHODS = [
  'appInfo',
  'getNotices',
  'listDrafts',
  'getDraft',
  'createDraft',
  'saveDraft',
  'deleteDraft',
  'exportDocx',
  'deleteDrafts',
  'duplicateDraft',
  'newPeriodDraft',
  'searchDrafts',
  'listRevisions',
  'getRevision',
  'saveRevision',
  'restoreRevision',
  'listTrash',
  'restoreFromTrash',
  'emptyTrash',
  'exportDrafts',
  'importDrafts',
  'backupNow',
  'listBackups',
  'restoreBackup',
  'getSettings',
  'saveSettings',
] as const;

/** The IPC channel of a method. */
export function channelOf(method: string): string {
  return `api:${method}`;
}

/** Channel main uses to ask the renderer to commit unsaved work before quitting. */
export const BEFORE_QUIT_CHANNEL = 'app:before-quit';
/** Channel the renderer answers on once its pending saves are done. */
export const QUIT_READY_CHANNEL = 'app:quit-ready';
