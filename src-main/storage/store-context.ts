/** The state the storage helpers share: fs layer, folder layout, clock, migrations and notices. */
import type { DurableWriteOptions } from './durable-write';
import type { StorageFs } from './fs-layer';
import type { MigrationStep } from './migrations';
import type { DataPaths } from './paths';

/** What the repository shares with its helpers (recovery, trash). */
export interface StoreContext {
  fs: StorageFs;
  paths: DataPaths;
  clock: () => Date;
  steps: ReadonlyMap<number, MigrationStep>;
  writeOptions: DurableWriteOptions;
  notices: string[];
}
