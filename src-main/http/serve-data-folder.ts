/**
 * Serves one data folder over the loopback transport: the real services, holding the folder's
 * lock for as long as they serve it, behind the HTTP server. The browser dev mode and the e2e
 * tests both start the app this way, so the CLI sees them as it sees the app (storage/lock.ts).
 */
import { folderDialogs, openServices, type Services } from '../services/open-services';
import { startLoopbackServer } from './loopback-server';

export interface ServeDataFolderOptions {
  dataDir: string;
  /** Exports and backups go here; a restore takes the newest zip here (no dialogs over HTTP). */
  exportDir: string;
  /** The built renderer folder (out/renderer). */
  staticDir: string;
  version: string;
  port?: number;
  /** Housekeeping as the app does it (trash purge, daily backup); off for tests. */
  maintenance?: boolean;
  onError?: (error: unknown) => void;
}

export interface ServedDataFolder {
  url: string;
  services: Services;
  /** Stops the server, flushes storage and gives the lock back. */
  close(): Promise<void>;
}

/** Opens the services with an exclusive lock (a live holder refuses with a Vietnamese message) and serves them. */
export async function serveDataFolder(options: ServeDataFolderOptions): Promise<ServedDataFolder> {
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const services = await openServices({
    dataDir: options.dataDir,
    version: options.version,
    transport: 'http',
    dialogs: folderDialogs(options.exportDir),
    eagerSearch: true,
    maintenance: options.maintenance ?? false,
    lock: 'exclusive',
    onError,
  });
  try {
    const server = await startLoopbackServer({
      handlers: services.handlers,
      staticDir: options.staticDir,
      ...(options.port === undefined ? {} : { port: options.port }),
      onUnexpected: onError,
    });
    return {
      url: server.url,
      services,
      async close() {
        await server.close();
        services.dispose();
        await services.close();
        services.releaseLock();
      },
    };
  } catch (error) {
    services.dispose();
    await services.close();
    services.releaseLock();
    throw error;
  }
}
