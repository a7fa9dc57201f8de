/**
 * A test fs layer (reliability-plan §5.0 H2): records every call in order and fails chosen calls
 * with an errno, deterministically (operation + path filter + how many times).
 */
import { nodeFs, type FileHandleLike, type StorageFs } from './fs-layer';

/** The operations the layer can record and fail; handle operations carry the handle's path. */
export type FsOp = 'open' | 'readFile' | 'rename' | 'unlink' | 'stat' | 'readdir' | 'mkdir' | 'rmTree' | 'read' | 'writeFile' | 'sync' | 'close';

/** One recorded call. For rename, `path` is the source and `to` the target. */
export interface FsCall {
  op: FsOp;
  path: string;
  to?: string;
  failed?: string;
}

interface Rule {
  op: FsOp;
  code: string;
  remaining: number;
  match: (path: string) => boolean;
}

/** An errno-style error like Node's. */
export function errnoError(code: string, op: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected fault, ${op} '${path}'`);
  error.code = code;
  error.syscall = op;
  error.path = path;
  return error;
}

/** Wraps `base` (the real fs by default) with recording and injectable faults. */
export function faultFs(base: StorageFs = nodeFs) {
  const calls: FsCall[] = [];
  const rules: Rule[] = [];

  const check = (op: FsOp, path: string, to?: string) => {
    const call: FsCall = to === undefined ? { op, path } : { op, path, to };
    calls.push(call);
    const rule = rules.find((r) => r.op === op && r.remaining > 0 && r.match(path));
    if (rule) {
      rule.remaining--;
      call.failed = rule.code;
      throw errnoError(rule.code, op, path);
    }
  };

  const wrapHandle = (handle: FileHandleLike, path: string): FileHandleLike => ({
    read: async (buffer, offset, length, position) => (check('read', path), handle.read(buffer, offset, length, position)),
    writeFile: async (data) => (check('writeFile', path), handle.writeFile(data)),
    sync: async () => (check('sync', path), handle.sync()),
    close: async () => (check('close', path), handle.close()),
  });

  const fs: StorageFs = {
    open: async (path, flags, mode) => {
      check('open', path);
      return wrapHandle(await base.open(path, flags, mode), path);
    },
    readFile: async (path) => (check('readFile', path), base.readFile(path)),
    rename: async (from, to) => (check('rename', from, to), base.rename(from, to)),
    unlink: async (path) => (check('unlink', path), base.unlink(path)),
    stat: async (path) => (check('stat', path), base.stat(path)),
    readdir: async (path) => (check('readdir', path), base.readdir(path)),
    mkdir: async (path, options) => (check('mkdir', path), base.mkdir(path, options)),
    rmTree: async (path) => (check('rmTree', path), base.rmTree(path)),
  };

  return {
    fs,
    calls,
    /** Fails the next `times` calls of `op` (on paths passing `match`) with `code`. */
    fail(op: FsOp, code: string, options: { times?: number; match?: (path: string) => boolean } = {}) {
      rules.push({ op, code, remaining: options.times ?? Number.POSITIVE_INFINITY, match: options.match ?? (() => true) });
    },
    /** Removes every fault (the disk "comes back"). */
    heal() {
      rules.length = 0;
    },
  };
}
