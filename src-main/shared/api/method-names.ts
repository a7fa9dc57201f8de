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
  'listTemplates',
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
  'importDocx',
  'backupNow',
  'listBackups',
  'restoreBackup',
  'exportPdf',
  'printDraft',
  'prepareEmail',
  'openOutbox',
  'getSettings',
  'saveSettings',
] as const;

/** The IPC channel of a method. */
export function channelOf(method: string): string {
  return `api:${method}`;
}

/**
 * One-way events main sends to the renderer. Their payload schemas are in `events.ts`, which the
 * compiler keeps equal to this list (the preload reads only these names, never zod).
 */
export const MAIN_TO_RENDERER_EVENTS = ['beforeQuit', 'filesOpened'] as const;
/** One-way events the renderer sends to main, received only behind the IPC sender check. */
export const RENDERER_TO_MAIN_EVENTS = ['quitReady'] as const;

export type MainToRendererEvent = (typeof MAIN_TO_RENDERER_EVENTS)[number];
export type RendererToMainEvent = (typeof RENDERER_TO_MAIN_EVENTS)[number];
/** The preload's subscribe function for a main-to-renderer event, e.g. `onBeforeQuit`. */
export type SubscribeName<K extends string> = `on${Capitalize<K>}`;
/** The preload's send function for a renderer-to-main event, e.g. `sendQuitReady`. */
export type SendName<K extends string> = `send${Capitalize<K>}`;

/** The IPC channel of a one-way event (either direction; the names never overlap). */
export function eventChannelOf(name: string): string {
  return `event:${name}`;
}

const capitalize = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** The name of the preload function that subscribes to a main-to-renderer event. */
export function subscribeNameOf<K extends string>(name: K): SubscribeName<K> {
  return `on${capitalize(name)}` as SubscribeName<K>;
}

/** The name of the preload function that sends a renderer-to-main event. */
export function sendNameOf<K extends string>(name: K): SendName<K> {
  return `send${capitalize(name)}` as SendName<K>;
}
