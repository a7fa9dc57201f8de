import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDraftRepository } from './draft-repository';
import { openHistoryStore } from './history';
import { removeDir, sampleDraft, tempDir } from './test-support';

const MIN = 60 * 1000;
let dir: string;
let now: number;
let flushes: Array<() => Promise<void>> = [];
beforeEach(async () => {
  dir = await tempDir();
  now = Date.parse('2025-03-01T09:00:00.000Z');
});
afterEach(async () => {
  await Promise.all(flushes.map((flush) => flush()));
  flushes = [];
  await removeDir(dir);
});

const clock = () => new Date(now);
async function open() {
  const notices: string[] = [];
  const history = openHistoryStore({ dataDir: dir, clock, notices });
  const repo = await openDraftRepository({ dataDir: dir, clock, beforeReplace: history.beforeReplace });
  flushes.push(() => repo.flush(), () => history.flush());
  return { repo, history, notices };
}

/** Saves the draft with a new title, `minutes` after the previous step. */
async function edit(repo: Awaited<ReturnType<typeof open>>['repo'], id: string, title: string, minutes = 1) {
  now += minutes * MIN;
  await repo.save({ ...(await repo.get(id)), title });
}

describe('automatic revisions', () => {
  it('keep the content a save replaces, at most every 5 minutes', async () => {
    const { repo, history } = await open();
    await repo.create(sampleDraft('draft-aaa', 'v0'));
    expect(await history.list('draft-aaa')).toEqual([]);
    await edit(repo, 'draft-aaa', 'v1'); // first change: v0 is kept
    await edit(repo, 'draft-aaa', 'v2'); // 1 minute later: throttled
    await edit(repo, 'draft-aaa', 'v3', 3); // 4 minutes after the revision: throttled
    await edit(repo, 'draft-aaa', 'v4', 1); // 5 minutes: v3 is kept
    const revisions = await history.list('draft-aaa');
    expect(revisions.map((r) => [r.revision, r.title, r.reason])).toEqual([
      [2, 'v3', 'auto'],
      [1, 'v0', 'auto'],
    ]);
    expect(revisions[1]?.createdAt).toBe('2025-03-01T09:01:00.000Z');
    expect((await history.get('draft-aaa', 1)).title).toBe('v0');
    expect((await repo.get('draft-aaa')).title).toBe('v4');
    expect((await readdir(join(dir, 'history', 'draft-aaa'))).sort()).toEqual(['1.json', '2.json', 'index.json']);
  });

  it('are pruned by the policy as days go by', async () => {
    const { repo, history } = await open();
    await repo.create(sampleDraft('draft-aaa', 'v'));
    // An edit every 6 hours for 40 days: each one is more than 5 minutes after the last revision.
    for (let i = 1; i <= 160; i++) await edit(repo, 'draft-aaa', `v${i}`, 6 * 60);
    const revisions = await history.list('draft-aaa');
    const days = new Set(revisions.map((r) => r.createdAt.slice(0, 10)));
    // The last 24 hours in full (4), then one a day back to 30 days: about 34, never all 160.
    expect(revisions.length).toBeGreaterThanOrEqual(32);
    expect(revisions.length).toBeLessThanOrEqual(36);
    expect(days.size).toBeGreaterThanOrEqual(30);
    const files = (await readdir(join(dir, 'history', 'draft-aaa'))).filter((n) => n !== 'index.json');
    expect(files).toHaveLength(revisions.length);
  });
});

describe('revisions on demand and on export', () => {
  it('a manual revision is always taken; an export of unchanged content is not repeated', async () => {
    const { repo, history } = await open();
    const draft = await repo.create(sampleDraft('draft-aaa', 'v0'));
    const first = await history.snapshot(draft, 'export');
    expect(first).toMatchObject({ revision: 1, reason: 'export', title: 'v0' });
    expect(first.size).toBeGreaterThan(100);
    expect(await history.snapshot(draft, 'export')).toEqual(first);
    expect(await history.snapshot(draft, 'manual')).toMatchObject({ revision: 2, reason: 'manual' });
    expect(await history.snapshot(draft, 'manual')).toMatchObject({ revision: 3 });
    await expect(history.get('draft-aaa', 9)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('history files', () => {
  it('heal a lost or damaged index from the revision files', async () => {
    const first = await open();
    const draft = await first.repo.create(sampleDraft('draft-aaa', 'v0'));
    await first.history.snapshot(draft, 'manual');
    await first.history.snapshot({ ...draft, title: 'v1' }, 'manual');
    await first.history.flush();
    await writeFile(join(dir, 'history', 'draft-aaa', 'index.json'), '{"historyVers');
    const { history } = await open();
    expect((await history.list('draft-aaa')).map((r) => r.title)).toEqual(['v1', 'v0']);
    await rm(join(dir, 'history', 'draft-aaa', 'index.json'));
    const third = await open();
    expect((await third.history.list('draft-aaa')).map((r) => r.revision)).toEqual([2, 1]);
    expect(await third.history.snapshot(draft, 'manual')).toMatchObject({ revision: 3 });
  });

  it('see revisions another process added, and never reuse their numbers', async () => {
    const app = await open();
    const cli = await open();
    const draft = await app.repo.create(sampleDraft('draft-aaa', 'v0'));
    await app.history.snapshot(draft, 'manual');
    await cli.history.snapshot({ ...draft, title: 'từ dòng lệnh' }, 'restore');
    const mine = await app.history.snapshot({ ...draft, title: 'ứng dụng' }, 'manual');
    expect(mine.revision).toBe(3);
    expect((await app.history.list('draft-aaa')).map((r) => r.title)).toEqual(['ứng dụng', 'từ dòng lệnh', 'v0']);
    expect(JSON.parse(await readFile(join(dir, 'history', 'draft-aaa', '2.json'), 'utf8')).draft.title).toBe('từ dòng lệnh');
  });

  it('leave a damaged revision file in place, unlisted, with a notice', async () => {
    const first = await open();
    const draft = await first.repo.create(sampleDraft('draft-aaa', 'v0'));
    await first.history.snapshot(draft, 'manual');
    await first.history.flush();
    await rm(join(dir, 'history', 'draft-aaa', 'index.json'));
    await writeFile(join(dir, 'history', 'draft-aaa', '7.json'), '{"format":');
    const { history, notices } = await open();
    expect((await history.list('draft-aaa')).map((r) => r.revision)).toEqual([1]);
    expect(notices.join('\n')).toContain('Phiên bản 7');
    expect(await readFile(join(dir, 'history', 'draft-aaa', '7.json'), 'utf8')).toBe('{"format":');
    expect(await history.snapshot(draft, 'manual')).toMatchObject({ revision: 8 });
  });

  it('are removed with a draft deleted for good', async () => {
    const { repo, history } = await open();
    const draft = await repo.create(sampleDraft('draft-aaa', 'v0'));
    await history.snapshot(draft, 'manual');
    await history.remove('draft-aaa');
    expect(await readdir(join(dir, 'history'))).toEqual([]);
    expect(await history.list('draft-aaa')).toEqual([]);
  });
});
