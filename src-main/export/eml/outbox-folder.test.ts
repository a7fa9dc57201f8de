import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs, type StorageFs } from '../../storage/fs-layer';
import { removeDir, tempDir } from '../../storage/test-support';
import { outboxFolder, outboxRoot, stageOutbox } from './outbox-folder';

const ID = 'draft-outbox-folder';
let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('baocao-outbox-');
});
afterEach(() => removeDir(dataDir));

const text = (s: string) => new TextEncoder().encode(s);
const contents = async (dir: string) =>
  Object.fromEntries(await Promise.all((await readdir(dir)).sort().map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as const)));

/** The real file system, except that renames matching `failing` fail with `code`. */
function failingRenames(failing: (from: string, to: string) => boolean, code: string): StorageFs {
  return {
    ...nodeFs,
    rename: async (from, to) => {
      if (failing(from, to)) throw Object.assign(new Error(`${code}: rename`), { code });
      return nodeFs.rename(from, to);
    },
  };
}

async function prepare(files: Record<string, string>, fs?: StorageFs): Promise<string> {
  const staging = await stageOutbox(dataDir, ID, { ...(fs ? { fs } : {}), write: { renameTries: 2, sleep: async () => undefined } });
  try {
    for (const [name, body] of Object.entries(files)) await staging.write(name, text(body));
    return await staging.commit();
  } catch (error) {
    await staging.discard();
    throw error;
  }
}

describe('the outbox folder of a draft', () => {
  it('replaces the whole previous set at once', async () => {
    await prepare({ 'Cũ.docx': 'old docx', 'Cũ.pdf': 'old pdf', 'Cũ.eml': 'old eml' });
    const folder = await prepare({ 'Mới.docx': 'new docx', 'Mới.pdf': 'new pdf', 'Mới.eml': 'new eml' });
    expect(folder).toBe(outboxFolder(dataDir, ID));
    expect(await contents(folder)).toEqual({ 'Mới.docx': 'new docx', 'Mới.eml': 'new eml', 'Mới.pdf': 'new pdf' });
    expect(await readdir(outboxRoot(dataDir))).toEqual([ID]);
  });

  it('keeps the previous set when a file in it is held open, and says how to fix it', async () => {
    await prepare({ 'a.eml': 'old' });
    const locked = failingRenames((from) => from === outboxFolder(dataDir, ID), 'EBUSY');
    await expect(prepare({ 'a.eml': 'new' }, locked)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('đang mở') });
    expect(await contents(outboxFolder(dataDir, ID))).toEqual({ 'a.eml': 'old' });
    expect(await readdir(outboxRoot(dataDir))).toEqual([ID]);
  });

  it('puts the previous set back when the new folder cannot be moved into place', async () => {
    await prepare({ 'a.eml': 'old' });
    const broken = failingRenames((from, to) => from.includes('.staging-') && to === outboxFolder(dataDir, ID), 'EIO');
    await expect(prepare({ 'a.eml': 'new' }, broken)).rejects.toMatchObject({ code: 'IO_ERROR' });
    expect(await contents(outboxFolder(dataDir, ID))).toEqual({ 'a.eml': 'old' });
    expect(await readdir(outboxRoot(dataDir))).toEqual([ID]);
  });

  it('clears what an interrupted earlier run left beside the folder', async () => {
    await prepare({ 'a.eml': 'first' });
    // A run that died half-way: its staging folder could not be moved in, nor removed.
    const dying: StorageFs = { ...failingRenames((from) => from.includes('.staging-'), 'EIO'), rmTree: async () => undefined };
    await expect(prepare({ 'a.eml': 'second' }, dying)).rejects.toMatchObject({ code: 'IO_ERROR' });
    expect((await readdir(outboxRoot(dataDir))).some((n) => n.startsWith(`.staging-${ID}-`))).toBe(true);
    await prepare({ 'a.eml': 'third' });
    expect(await readdir(outboxRoot(dataDir))).toEqual([ID]);
    expect(await contents(outboxFolder(dataDir, ID))).toEqual({ 'a.eml': 'third' });
  });

  it('refuses an id that is not a plain name', () => {
    expect(() => outboxFolder(dataDir, '../drafts')).toThrow(/không hợp lệ/);
  });
});
