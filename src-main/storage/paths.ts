/** Where the app keeps its data on each OS; the CLI and the Electron app agree on it. */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name; Electron derives its userData folder from it. */
export const PRODUCT_NAME = 'Soạn Báo Cáo';

/** The folder Electron's app.getPath('userData') gives for this product, computed without Electron. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** The data folder (drafts, history, trash, settings) inside the userData folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  return env.BAOCAO_DATA_DIR ?? join(defaultUserDataDir(env, platform), 'data');
}

/** The layout of a data folder. */
export function dataPaths(dataDir: string) {
  return {
    root: dataDir,
    drafts: join(dataDir, 'drafts'),
    index: join(dataDir, 'index.json'),
    quarantine: join(dataDir, 'quarantine'),
    /** Pre-migration copies of drafts upgraded to a newer format, kept byte-identical. */
    migrated: join(dataDir, 'migrated'),
    history: join(dataDir, 'history'),
    trash: join(dataDir, 'trash'),
    settingsName: 'settings',
    backups: join(dataDir, 'backups'),
  };
}
export type DataPaths = ReturnType<typeof dataPaths>;
