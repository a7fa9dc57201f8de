/** The services test bed shared by the handler and limit tests: temp folders, a stepping clock, real services. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { removeDir, tempDir } from '../storage/test-support';
import { folderDialogs, openServices, type Services } from './open-services';

/** Temp data and export folders, a clock a test may move on, and the services opened on them. */
export interface ServicesBed {
  readonly dataDir: string;
  readonly exportDir: string;
  /** The clock's current time in ms; each service call reads it one second later. */
  now: number;
  /** Opens services over the bed's folders over the HTTP transport; closed by `tearDown`. */
  readonly open: (extra?: { maintenance?: boolean }) => Promise<Services>;
  /** Makes fresh folders and resets the clock; for `beforeEach`. */
  readonly setUp: () => Promise<void>;
  /** Closes every service opened and removes the folders; for `afterEach`. */
  readonly tearDown: () => Promise<void>;
}

/** A services bed whose folders are named `tempPrefix…` and whose new drafts are `idPrefix-1`, `idPrefix-2`… */
export function servicesBed(tempPrefix: string, idPrefix: string): ServicesBed {
  let root = '';
  let ids = 0;
  let opened: Services[] = [];
  const bed: ServicesBed = {
    dataDir: '',
    exportDir: '',
    now: 0,
    open: async (extra = {}) => {
      const s = await openServices({
        dataDir: bed.dataDir,
        version: 'test',
        transport: 'http',
        dialogs: folderDialogs(bed.exportDir),
        clock: () => new Date((bed.now += 1000)),
        newId: () => `${idPrefix}-${++ids}`,
        ...extra,
      });
      opened.push(s);
      return s;
    },
    setUp: async () => {
      root = await tempDir(tempPrefix);
      Object.assign(bed, { dataDir: join(root, 'data'), exportDir: join(root, 'exports') });
      await mkdir(bed.exportDir);
      bed.now = Date.parse('2025-03-10T09:00:00.000Z');
    },
    tearDown: async () => {
      for (const s of opened) {
        s.dispose();
        await s.close();
      }
      opened = [];
      await removeDir(root);
    },
  };
  return bed;
}
