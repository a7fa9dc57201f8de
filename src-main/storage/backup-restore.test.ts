import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/api/errors';
import { BACKUP_FORMAT, writeBackup } from './backup';
import { restoreBackup } from './backup-restore';
import { openDraftRepository } from './draft-repository';
import { openHistoryStore } from './history';
import { removeDir, sampleDraft, tempDir } from './test-support';
import type { DraftRepository, HistoryStore } from './types';

let root: string;
let now: number;
let flushes: Array<() => Promise<void>> = [];
beforeEach(async () => {
  root = await tempDir();
  now = Date.parse('2025-03-10T09:00:00.000Z');
});
afterEach(async () => {
  await Promise.all(flushes.map((f) => f()));
  flushes = [];
  await removeDir(root);
});

const clock = () => new Date((now += 1));
let ids = 0;
async function open(dir: string) {
  const history = openHistoryStore({ dataDir: dir, clock });
  const drafts = await openDraftRepository({ dataDir: dir, clock, beforeReplace: history.beforeReplace });
  flushes.push(() => drafts.flush(), () => history.flush());
  return { drafts, history, newId: () => `restored-${++ids}`, clock };
}

const manifest = Buffer.from(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1 }));

/** Every file under `dir` with its bytes, to prove a failed restore changed nothing. */
async function filesUnder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (at: string, prefix: string) => {
    for (const entry of await readdir(at, { withFileTypes: true }).catch(() => [])) {
      // index.json is derived and rewritten at will; the drafts and their history are the data.
      if (entry.name === 'index.json' && prefix === '') continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path, `${prefix}${entry.name}/`);
      else out[`${prefix}${entry.name}`] = (await readFile(path)).toString('base64');
    }
  };
  await walk(dir, '');
  return out;
}

/** A repository whose `create` fails on the `failAt`-th call, as a full disk would. */
function failingCreate(repo: DraftRepository, failAt: number): DraftRepository {
  let calls = 0;
  return new Proxy(repo, {
    get(target, key) {
      if (key === 'create') {
        return async (...args: Parameters<DraftRepository['create']>) => {
          if (++calls === failAt) throw new AppError('IO_ERROR', 'Ổ đĩa đã đầy.');
          return target.create(...args);
        };
      }
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A source folder with three drafts (one with history) backed up into one zip. */
async function sourceBackup(): Promise<string> {
  const source = await open(join(root, 'source'));
  const a = await source.drafts.create(sampleDraft('draft-aaa', 'Bản A'));
  await source.history.snapshot(a, 'manual');
  await source.drafts.create(sampleDraft('draft-bbb', 'Bản B'));
  await source.drafts.create(sampleDraft('draft-ccc', 'Bản C'));
  await source.drafts.flush();
  await source.history.flush();
  const zip = join(root, 'backup.zip');
  await writeBackup(zip, { dataDir: join(root, 'source'), clock });
  return zip;
}

describe('a restore is all or nothing', () => {
  it('removes what it had added when writing fails part-way, says so, and a retry adds no duplicates', async () => {
    const zip = await sourceBackup();
    const targetDir = join(root, 'target');
    const target = await open(targetDir);
    await target.drafts.create(sampleDraft('draft-old', 'Bản đã có'));
    await target.drafts.flush();
    const before = await filesUnder(targetDir);

    const error = await restoreBackup(zip, { ...target, drafts: failingCreate(target.drafts, 2) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('Ổ đĩa đã đầy.') });
    expect((error as Error).message).toMatch(/không thay đổi/);
    await target.drafts.flush();
    await target.history.flush();
    expect(await filesUnder(targetDir)).toEqual(before);
    expect((await target.drafts.list()).map((d) => d.title)).toEqual(['Bản đã có']);

    const { imported } = await restoreBackup(zip, target);
    expect(imported.map((d) => d.title).sort()).toEqual(['Bản A', 'Bản B', 'Bản C']);
    expect((await target.drafts.list()).map((d) => d.title).sort()).toEqual(['Bản A', 'Bản B', 'Bản C', 'Bản đã có']);
  });

  it('also removes the drafts when their history cannot be written', async () => {
    const zip = await sourceBackup();
    const targetDir = join(root, 'target');
    const target = await open(targetDir);
    const before = await filesUnder(targetDir);
    const history: HistoryStore = { ...target.history, adopt: () => Promise.reject(new AppError('IO_ERROR', 'Không ghi được lịch sử.')) };
    await expect(restoreBackup(zip, { ...target, history })).rejects.toMatchObject({ message: expect.stringMatching(/không thay đổi/) });
    await target.drafts.flush();
    expect(await filesUnder(targetDir)).toEqual(before);
    expect(await target.drafts.list()).toEqual([]);
  });

  it('restores the other drafts of a backup holding one nested too deep, and names the limit', async () => {
    const deep = JSON.stringify({ ...sampleDraft('draft-deep', 'Sâu'), sections: [] }).replace(
      '"sections":[]',
      `"sections":[${'{"id":"s","title":"","blocks":[],"children":['.repeat(1000)}${']}'.repeat(1000)}]`,
    );
    const zip = zipSync({
      'manifest.json': manifest,
      'drafts/draft-aaa.json': Buffer.from(JSON.stringify(sampleDraft('draft-aaa', 'Bản A'))),
      'drafts/draft-deep.json': Buffer.from(deep),
      'drafts/draft-ccc.json': Buffer.from(JSON.stringify(sampleDraft('draft-ccc', 'Bản C'))),
    });
    await writeFile(join(root, 'deep.zip'), zip);
    const target = await open(join(root, 'target'));
    const { imported, problems } = await restoreBackup(join(root, 'deep.zip'), target);
    expect(imported.map((d) => d.title).sort()).toEqual(['Bản A', 'Bản C']);
    expect(problems.join('\n')).toMatch(/draft-deep.*lồng nhau quá/);
  });
});

/** A zip written by hand, so entries can declare any size (fflate would write the true one). */
function handZip(entries: Array<{ name: string; data: Uint8Array; crc: number; size: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, crc, size } of entries) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, Buffer.from(data));
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('a backup that inflates far beyond what a real one holds', () => {
  it.each([
    ['declaring its sizes', true],
    ['declaring false, small sizes', false],
  ])('is refused %s, with memory bounded', async (_label, honest) => {
    // 17 entries of 60 MB of spaces each: about 1 MB on disk, 1 GB inflated.
    const raw = Buffer.alloc(60 * 1024 * 1024, 0x20);
    const data = deflateRawSync(raw, { level: 9 });
    const crc = crc32(raw);
    const entries = [{ name: 'manifest.json', data: deflateRawSync(manifest), crc: crc32(manifest), size: manifest.length }];
    for (let i = 0; i < 17; i++) entries.push({ name: `drafts/bomb-${String(i).padStart(4, '0')}.json`, data, crc, size: honest ? raw.length : 1024 });
    const zip = join(root, 'bomb.zip');
    await writeFile(zip, handZip(entries));

    // A child process, so its peak memory is the restore's alone.
    const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'backup-bomb.child.ts'), zip, join(root, 'target')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status, child.stderr).toBe(0);
    const report = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { message?: string; maxRssMb?: number; imported?: number };
    expect(report.imported).toBeUndefined();
    expect(report.message).toMatch(/quá lớn so với một bản sao lưu/);
    expect(report.maxRssMb).toBeLessThan(400);
  });
});
