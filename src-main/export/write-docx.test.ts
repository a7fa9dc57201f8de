import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/api/errors';
import { defaultSettings } from '../shared/domain/settings-schema';
import { minimalDraft } from './docx/test-drafts';
import { verifyDocx } from './read-back';
import { exportDocxFile, writeDocxBytes, type FileOps } from './write-docx';

const layout = defaultSettings().layout;
let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baocao-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const realFs: FileOps = {
  open: nodeFs.open,
  readFile: (p) => nodeFs.readFile(p),
  rename: nodeFs.rename,
  link: nodeFs.link,
  unlink: nodeFs.unlink,
  lstat: nodeFs.lstat,
};
const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });
/** The directory holds exactly these names (so no temporary file was left behind). */
async function expectFiles(names: string[]): Promise<void> {
  expect((await readdir(dir)).sort()).toEqual([...names].sort());
}

describe('exportDocxFile', () => {
  it('writes a DOCX that reads back, and reports removed characters', async () => {
    const target = join(dir, 'BC-STTTT Báo cáo.docx');
    const result = await exportDocxFile(minimalDraft(), layout, target, { overwrite: false });
    expect(result).toEqual({ path: target, removedCharacters: 0 });
    const parts = verifyDocx(new Uint8Array(await readFile(target)));
    expect(parts.get('word/document.xml')).toContain('BÁO CÁO');
    await expectFiles(['BC-STTTT Báo cáo.docx']);
  });

  it('never replaces an existing file without consent: it picks "name (2)", then "(3)"', async () => {
    const target = join(dir, 'bao-cao.docx');
    await writeFile(target, 'keep me');
    await writeFile(join(dir, 'bao-cao (2).docx'), 'keep me too');
    const result = await exportDocxFile(minimalDraft(), layout, target, { overwrite: false });
    expect(result.path).toBe(join(dir, 'bao-cao (3).docx'));
    expect(await readFile(target, 'utf8')).toBe('keep me');
    expect(await readFile(join(dir, 'bao-cao (2).docx'), 'utf8')).toBe('keep me too');
    await expectFiles(['bao-cao.docx', 'bao-cao (2).docx', 'bao-cao (3).docx']);
  });

  it('replaces the target when the user agreed (overwrite: true)', async () => {
    const target = join(dir, 'bao-cao.docx');
    await writeFile(target, 'old');
    const result = await exportDocxFile(minimalDraft(), layout, target, { overwrite: true });
    expect(result.path).toBe(target);
    verifyDocx(new Uint8Array(await readFile(target)));
    await expectFiles(['bao-cao.docx']);
  });

  it('falls back to "name (2)" when the target is locked by Word, leaving the target as it was', async () => {
    const target = join(dir, 'bao-cao.docx');
    await writeFile(target, 'open in Word');
    for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
      const fs: FileOps = {
        ...realFs,
        rename: async (from, to) => {
          if (String(to) === target) throw errno(code);
          return nodeFs.rename(from, to);
        },
      };
      const result = await exportDocxFile(minimalDraft(), layout, target, { overwrite: true, fs, retryDelaysMs: [1, 1] });
      expect(result.path).toBe(join(dir, 'bao-cao (2).docx'));
      expect(await readFile(target, 'utf8')).toBe('open in Word');
      await rm(result.path);
    }
    await expectFiles(['bao-cao.docx']);
  });

  it('retries a transient lock (antivirus) before choosing another name', async () => {
    const target = join(dir, 'bao-cao.docx');
    let failures = 2;
    const fs: FileOps = {
      ...realFs,
      rename: async (from, to) => {
        if (failures-- > 0) throw errno('EPERM');
        return nodeFs.rename(from, to);
      },
    };
    const result = await exportDocxFile(minimalDraft(), layout, target, { overwrite: true, fs, retryDelaysMs: [1, 1, 1] });
    expect(result.path).toBe(target);
  });

  it('works where hard links are not supported (FAT USB sticks) without overwriting', async () => {
    const target = join(dir, 'bao-cao.docx');
    await writeFile(target, 'keep');
    const fs: FileOps = { ...realFs, link: async () => Promise.reject(errno('EPERM')) };
    const result = await exportDocxFile(minimalDraft(), layout, target, { overwrite: false, fs });
    expect(result.path).toBe(join(dir, 'bao-cao (2).docx'));
    expect(await readFile(target, 'utf8')).toBe('keep');
    await expectFiles(['bao-cao.docx', 'bao-cao (2).docx']);
  });
});

describe('writeDocxBytes failures', () => {
  it('refuses bytes that do not read back as a DOCX: temp removed, target untouched', async () => {
    const target = join(dir, 'bao-cao.docx');
    await writeFile(target, 'previous export');
    const error = await writeDocxBytes(new TextEncoder().encode('not a zip'), target, { overwrite: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INTERNAL');
    expect(await readFile(target, 'utf8')).toBe('previous export');
    await expectFiles(['bao-cao.docx']);
  });

  it('reports a failing disk as IO_ERROR and leaves no temporary file', async () => {
    const target = join(dir, 'bao-cao.docx');
    const bytes = new Uint8Array(await readFile(await exportDocxFile(minimalDraft(), layout, join(dir, 'ok.docx'), { overwrite: false }).then((r) => r.path)));
    await rm(join(dir, 'ok.docx'));
    const fs: FileOps = {
      ...realFs,
      open: (async (path: string, flags?: string) => {
        const handle = await nodeFs.open(path, flags);
        return Object.assign(Object.create(handle) as nodeFs.FileHandle, {
          sync: async () => Promise.reject(errno('EIO')),
          close: () => handle.close(),
          writeFile: (data: Uint8Array) => handle.writeFile(data),
        });
      }) as FileOps['open'],
    };
    const error = await writeDocxBytes(bytes, target, { overwrite: false, fs }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('IO_ERROR');
    await expectFiles([]);
  });

  it('reports a missing folder as IO_ERROR', async () => {
    const error = await exportDocxFile(minimalDraft(), layout, join(dir, 'no', 'such', 'x.docx'), { overwrite: false }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('IO_ERROR');
  });
});
