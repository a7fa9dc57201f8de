/** Composition of the plain-Node services, shared by the Electron app, the loopback server and the CLI. */
import { join } from 'node:path';
import type { Handlers } from '../shared/api/contract';
import { exportDocxFile } from '../export/write-docx';
import { exportFileName } from '../shared/domain/file-name';
import { openDraftRepository } from '../storage/draft-repository';
import { openSettingsStore, type SettingsStoreClass } from '../storage/settings-store';
import type { DraftRepository } from '../storage/types';
import { createHandlers, type HandlerDeps, type SettingsPort } from './handlers';

export interface OpenServicesOptions {
  dataDir: string;
  version: string;
  transport: 'ipc' | 'http';
  chooseExportPath: HandlerDeps['chooseExportPath'];
  /** electron-store's class in the app; conf's (the default) elsewhere. */
  SettingsClass?: SettingsStoreClass;
  clock?: () => Date;
}

export interface Services {
  handlers: Handlers;
  drafts: DraftRepository;
  settings: SettingsPort;
  /** Vietnamese messages about anything recovered or set aside while opening. */
  notices: string[];
  /** Flushes pending writes. */
  close(): Promise<void>;
}

/** Opens storage and settings in `dataDir` and builds the API handlers over them. */
export async function openServices(options: OpenServicesOptions): Promise<Services> {
  const clockOption = options.clock ? { clock: options.clock } : {};
  const drafts = await openDraftRepository({ dataDir: options.dataDir, ...clockOption });
  const settings = openSettingsStore({
    dir: options.dataDir,
    ...(options.SettingsClass ? { ConfClass: options.SettingsClass } : {}),
  });
  const handlers = createHandlers({
    drafts,
    settings,
    chooseExportPath: options.chooseExportPath,
    writeDocx: (draft, layout, target) => exportDocxFile(draft, layout, target.path, { overwrite: target.overwrite }),
    suggestFileName: exportFileName,
    notices: () => [...drafts.notices(), ...settings.notices()],
    info: { version: options.version, dataDir: options.dataDir, transport: options.transport },
    ...clockOption,
  });
  return {
    handlers,
    drafts,
    settings,
    notices: [...drafts.notices(), ...settings.notices()],
    close: () => drafts.flush(),
  };
}

/** An export chooser that never asks: files go into `dir` under their suggested names. */
export function exportIntoFolder(dir: string): HandlerDeps['chooseExportPath'] {
  return async (suggestedName) => ({ path: join(dir, suggestedName), overwrite: false });
}
