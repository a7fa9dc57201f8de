/**
 * The Electron side of the transfer-file association: the paths the OS opens the app with
 * (Windows and Linux: the first instance's argv, then each second instance's argv; macOS: the
 * `open-file` event, which can come before `ready`) are queued until the services are up, then
 * imported one by one through services/open-file-import.ts.
 */
import { importOpenedFile, transferPathsIn, type ImportPort, type OpenedFileResult } from '../services/open-file-import';

/** The two app events this needs (Electron's `app`; a fake in tests). */
export interface OpenFileEvents {
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
}

export interface OpenedFilesOptions {
  /** This process's own command line and working directory. */
  argv: readonly string[];
  cwd: string;
  /** Told after each batch of files is imported (to bring the window forward, refresh the list). */
  onImported?: (results: OpenedFileResult[]) => void;
}

export interface OpenedFiles {
  /** Imports what has arrived so far, and from then on each file as it comes; resolves when the queue is empty. */
  start(importDrafts: ImportPort): Promise<void>;
  /** The Vietnamese notice of every file imported or refused so far, oldest first. */
  notices(): string[];
}

/** Listens for opened transfer files from now on; call before `ready` so no macOS open-file is missed. */
export function watchOpenedFiles(app: OpenFileEvents, options: OpenedFilesOptions): OpenedFiles {
  const pending = transferPathsIn(options.argv, options.cwd);
  const notices: string[] = [];
  let importDrafts: ImportPort | undefined;
  let queue = Promise.resolve();
  const drain = (): Promise<void> => {
    queue = queue.then(async () => {
      if (!importDrafts) return;
      const results: OpenedFileResult[] = [];
      for (let path = pending.shift(); path !== undefined; path = pending.shift()) {
        const result = await importOpenedFile(path, importDrafts);
        notices.push(result.notice);
        results.push(result);
      }
      try {
        if (results.length > 0) options.onImported?.(results);
      } catch {
        // A failing listener must not stop the files that come later.
      }
    });
    return queue;
  };
  const add = (paths: string[]): void => {
    pending.push(...paths);
    if (paths.length > 0) void drain();
  };
  app.on('open-file', (event, path) => {
    const paths = transferPathsIn([path], options.cwd);
    // Handled only when it is ours: macOS then tells the user that other files cannot be opened.
    if (paths.length > 0) event.preventDefault();
    add(paths);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => add(transferPathsIn(argv, workingDirectory)));
  return {
    start(port) {
      importDrafts = port;
      return drain();
    },
    notices: () => [...notices],
  };
}
