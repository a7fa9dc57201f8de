/** Browser-only dev mode: the built renderer and the real services on loopback, no Electron. */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serveDataFolder } from './http/serve-data-folder';
import { defaultDataDir } from './storage/paths';

const dataDir = resolve(process.env.BAOCAO_DATA_DIR ?? defaultDataDir());
const exportDir = join(dataDir, 'exports');
await mkdir(exportDir, { recursive: true });
const served = await serveDataFolder({
  dataDir,
  exportDir,
  staticDir: resolve(import.meta.dirname, '../out/renderer'),
  version: 'dev',
  port: Number(process.env.PORT ?? 5180),
  maintenance: true,
}).catch((error: unknown) => {
  // A folder another process serves (or an unreadable one) is refused with its reason.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
console.log(`Soạn Báo Cáo (browser dev mode): ${served.url}  data: ${dataDir}  exports: ${exportDir}`);
const stop = (): void => void served.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
