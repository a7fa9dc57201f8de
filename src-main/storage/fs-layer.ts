/** The few fs/promises calls storage uses, behind an interface so tests can inject faults. */
import * as fsp from 'node:fs/promises';

/** The part of a FileHandle storage needs. */
export interface FileHandleLike {
  /** Reads `length` bytes at file position `position` into `buffer` at `offset` (a backup is read piece by piece). */
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The part of fs.Stats storage needs; `ino` changes on every rename-into-place, which makes it a cheap change marker. */
export interface StatLike {
  size: number;
  mtimeMs: number;
  ino: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

/** The injectable file-system layer. Every storage module takes one; `nodeFs` is the real one. */
export interface StorageFs {
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<StatLike>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  /** Removes a folder and everything in it (only for data deleted for good, e.g. a purged draft's history). */
  rmTree(path: string): Promise<void>;
}

/** The real file system (node:fs/promises). */
export const nodeFs: StorageFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  readFile: (path) => fsp.readFile(path),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  stat: (path) => fsp.stat(path),
  readdir: (path) => fsp.readdir(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  rmTree: (path) => fsp.rm(path, { recursive: true, force: true }),
};

/** The errno-style code of an error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** True when the error says the path does not exist. */
export function isNotFound(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

/** stat() that answers undefined for a missing path instead of throwing. */
export async function statOrUndefined(fs: StorageFs, path: string): Promise<StatLike | undefined> {
  try {
    return await fs.stat(path);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
