import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { takeDataLock } from '../storage/lock';
import type { CliIo } from './io';
import { main } from './main';

const SEED = resolve(import.meta.dirname, '../../e2e/fixtures/drafts/seed-quang-tri.json');

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => void stdout.push(l), err: (l) => void stderr.push(l) };
}

let root: string;
let dataDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'baocao-cli-'));
  dataDir = join(root, 'data');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const run = async (...args: string[]) => {
  const io = capture();
  const code = await main([...args, '--data-dir', dataDir], io);
  return { code, ...io };
};

describe('baocao save with a version check', () => {
  it('saves a file taken with show, and refuses one based on an older version', async () => {
    await run('save', SEED);
    const shown = JSON.parse((await run('show', 'seed-quang-tri')).stdout.join('\n'));
    const file = join(root, 'edit.json');
    await writeFile(file, JSON.stringify({ ...shown, title: 'Sửa lần 1' }));
    expect(await run('save', file)).toMatchObject({ code: 0, stdout: ['seed-quang-tri'] });
    // The same file again: its updatedAt is now out of date.
    await writeFile(file, JSON.stringify({ ...shown, title: 'Sửa lần 2' }));
    const stale = await run('save', file);
    expect(stale.code).toBe(3);
    expect(stale.stderr.join('')).toContain('từ chối');
    const listed = JSON.parse((await run('list', '--json')).stdout[0] ?? '[]');
    expect(listed).toEqual([{ id: 'seed-quang-tri', title: 'Sửa lần 1', updatedAt: expect.any(String), status: 'draft' }]);
  });
});

describe('baocao search, history and restore', () => {
  it('finds drafts, lists their revisions and restores one', async () => {
    await run('save', SEED);
    const text = await run('search', 'tuyen', 'truyen');
    expect(text.code).toBe(0);
    expect(text.stdout[0]).toMatch(/^seed-quang-tri\t2023\tdraft\t/);
    const json = JSON.parse((await run('search', 'Quảng Trị', '--json')).stdout[0] ?? '[]');
    expect(json[0]).toMatchObject({ id: 'seed-quang-tri', year: 2023 });
    expect((await run('search', 'khongcotrongbanthao', '--json')).stdout).toEqual(['[]']);

    const shown = JSON.parse((await run('show', 'seed-quang-tri')).stdout.join('\n'));
    const file = join(root, 'edit.json');
    await writeFile(file, JSON.stringify({ ...shown, title: 'Tiêu đề mới' }));
    await run('save', file);
    const history = await run('history', 'seed-quang-tri');
    expect(history.stdout).toHaveLength(1);
    expect(history.stdout[0]).toMatch(/^1\t.*\ttự động\t\d+\tCông tác tuyên truyền/);

    const restored = await run('restore', 'seed-quang-tri', '--revision', '1');
    expect(restored.code).toBe(0);
    expect(JSON.parse((await run('show', 'seed-quang-tri')).stdout.join('\n')).title).toBe(shown.title);
    const after = JSON.parse((await run('history', 'seed-quang-tri', '--json')).stdout[0] ?? '[]');
    expect(after[0]).toMatchObject({ revision: 2, reason: 'restore', title: 'Tiêu đề mới' });

    expect((await run('restore', 'seed-quang-tri', '--revision', '9')).code).toBe(2);
    expect((await run('restore', 'seed-quang-tri', '--revision', 'x')).code).toBe(2);
    expect((await run('history', '../../etc')).code).toBe(2);
  });
});

describe('baocao trash', () => {
  it('lists, restores and empties; restore and empty are refused while the app is open', async () => {
    const ids = [(await run('new')).stdout[0] ?? '', (await run('new')).stdout[0] ?? ''];
    await run('save', SEED);
    const { openServices, noDialogs } = await import('../services/open-services');
    const s = await openServices({ dataDir, version: 't', transport: 'http', dialogs: noDialogs });
    await s.handlers.deleteDrafts({ ids });
    s.dispose();
    await s.close();

    expect((await run('trash')).stdout.map((l) => l.split('\t')[0]).sort()).toEqual([...ids].sort());
    const lock = await takeDataLock(dataDir);
    try {
      const refused = await run('trash', 'empty');
      expect(refused.code).toBe(3);
      expect(refused.stderr.join('')).toContain('đang mở');
      expect((await run('trash', 'restore', ids[0] ?? '')).code).toBe(3);
      // Reading is fine while the app is open, and so is a version-checked save.
      expect((await run('trash', 'list', '--json')).code).toBe(0);
      expect((await run('save', SEED)).code).toBe(3); // stale: it was saved before
    } finally {
      await lock.release();
    }
    expect((await run('trash', 'restore', ids[0] ?? '')).stdout).toEqual([ids[0]]);
    expect((await run('trash', 'empty')).stdout).toEqual(['1']);
    expect(await readdir(join(dataDir, 'trash'))).toEqual([]);
    expect((await run('trash', 'bogus')).code).toBe(2);
  });
});

describe('baocao backup, export-drafts and import', () => {
  it('moves drafts through a transfer file and backs everything up', async () => {
    await run('save', SEED);
    const out = join(root, 'chuyen.baocao.json');
    expect(await run('export-drafts', 'seed-quang-tri', '--out', out)).toMatchObject({ code: 0, stdout: [out] });
    const imported = await run('import', out);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toHaveLength(1);
    expect(imported.stdout[0]).not.toBe('seed-quang-tri');
    expect(JSON.parse((await run('list', '--json')).stdout[0] ?? '[]')).toHaveLength(2);

    const broken = join(root, 'broken.json');
    await writeFile(broken, (await readFile(out, 'utf8')).slice(0, 200));
    const refused = await run('import', broken);
    expect(refused.code).toBe(2);
    expect(refused.stderr.join('')).toContain('cắt cụt');
    expect(JSON.parse((await run('list', '--json')).stdout[0] ?? '[]')).toHaveLength(2);

    const backups = join(root, 'backups');
    const backup = await run('backup', '--out', backups);
    expect(backup.code).toBe(0);
    expect(backup.stdout[0]).toMatch(/sao-luu-soan-bao-cao-.*\.zip$/);
    expect(await readdir(backups)).toHaveLength(1);
    expect((await run('backup')).code).toBe(2);
  });
});
