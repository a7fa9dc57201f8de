/** Browser-only dev mode: the built renderer and the real services on loopback, no Electron. */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startLoopbackServer } from './http/loopback-server';
import { folderDialogs, openServices } from './services/open-services';
import { defaultDataDir } from './storage/paths';

const dataDir = resolve(process.env.BAOCAO_DATA_DIR ?? defaultDataDir());
const exportDir = join(dataDir, 'exports');
await mkdir(exportDir, { recursive: true });
const services = await openServices({
  dataDir,
  version: 'dev',
  transport: 'http',
  dialogs: folderDialogs(exportDir),
  eagerSearch: true,
  maintenance: true,
  onError: (error) => console.error(error),
});
const server = await startLoopbackServer({
  handlers: services.handlers,
  staticDir: resolve(import.meta.dirname, '../out/renderer'),
  port: Number(process.env.PORT ?? 5180),
  onUnexpected: (error) => console.error(error),
});
console.log(`Soạn Báo Cáo (browser dev mode): ${server.url}  data: ${dataDir}  exports: ${exportDir}`);
const stop = (): void => void server.close().then(() => services.close()).then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
