import { readdir, readFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import seed from '../../e2e/fixtures/drafts/seed-quang-tri.json';
import type { MethodArgs, MethodName, MethodResult } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import type { ApiError } from '../shared/api/errors';
import { DraftSchema, type Draft } from '../shared/domain/draft-schema';
import { sampleDraft } from '../storage/test-support';
import type { Services } from './open-services';
import { servicesBed } from './test-services';

const DAY = 24 * 60 * 60 * 1000;
const bed = servicesBed('baocao-services-', 'new-draft');
beforeEach(bed.setUp);
afterEach(bed.tearDown);
const open = bed.open;

/** Calls a method through dispatch, as both transports do; answers the value or the error. */
async function call<M extends MethodName>(s: Services, method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const result = await dispatch(s.handlers, method, args, (e) => {
    throw e;
  });
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as MethodResult<M>;
}
const failure = async (promise: Promise<unknown>): Promise<ApiError> => {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected a failure');
};
const seedDraft = (): Draft => DraftSchema.parse(structuredClone(seed));

describe('drafts', () => {
  it('refuses a save based on an old version, keeping the stored one', async () => {
    const s = await open();
    const draft = await call(s, 'createDraft', {});
    const { updatedAt } = await call(s, 'saveDraft', { draft: { ...draft, title: 'Một' }, expectedUpdatedAt: draft.meta.updatedAt });
    const stale = await failure(call(s, 'saveDraft', { draft: { ...draft, title: 'Hai' }, expectedUpdatedAt: draft.meta.updatedAt }));
    expect(stale).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('từ chối') });
    expect((await call(s, 'getDraft', { id: draft.meta.id })).title).toBe('Một');
    await call(s, 'saveDraft', { draft: { ...draft, title: 'Ba' }, expectedUpdatedAt: updatedAt });
  });

  it('deletes many into the trash, restores one and empties the rest with their history', async () => {
    const s = await open();
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await call(s, 'createDraft', {}));
    const [a, b, c] = created.map((d) => d.meta.id);
    await call(s, 'saveRevision', { id: a ?? '' });
    expect(await call(s, 'deleteDrafts', { ids: [a ?? '', b ?? '', c ?? '', 'not-there-1'] })).toEqual({ count: 3 });
    expect(await call(s, 'listDrafts', {})).toHaveLength(2);
    expect((await call(s, 'listTrash', {})).map((t) => t.id).sort()).toEqual([a, b, c].sort());
    expect(await call(s, 'restoreFromTrash', { id: b ?? '' })).toMatchObject({ id: b });
    expect(await call(s, 'emptyTrash', {})).toEqual({ count: 2 });
    expect(await call(s, 'listTrash', {})).toEqual([]);
    expect(await readdir(join(bed.dataDir, 'history'))).toEqual([]);
    expect(await call(s, 'listDrafts', {})).toHaveLength(3);
  });

  it('duplicates a draft and starts next period\'s report from it', async () => {
    const s = await open();
    await s.drafts.create(seedDraft());
    const dup = await call(s, 'duplicateDraft', { id: 'seed-quang-tri' });
    expect(dup.meta.id).not.toBe('seed-quang-tri');
    expect(dup.title).toBe(seedDraft().title);
    const next = await call(s, 'newPeriodDraft', { id: 'seed-quang-tri' });
    expect(next.title).toContain('năm 2024');
    expect(next.meta.needsReview).toBe(true);
    expect(next.header).toMatchObject({ number: '', date: { day: null, year: 2024 } });
    expect(await call(s, 'getDraft', { id: next.meta.id })).toEqual(next);
    expect(await call(s, 'listDrafts', {})).toHaveLength(3);
  });

  it('searches drafts and keeps the index current as they change', async () => {
    const s = await open();
    await s.drafts.create(seedDraft());
    const hits = await call(s, 'searchDrafts', { query: 'tuyen truyen' });
    expect(hits.map((h) => h.id)).toEqual(['seed-quang-tri']);
    const fresh = await call(s, 'createDraft', {});
    await call(s, 'saveDraft', { draft: { ...fresh, title: 'Báo cáo phòng chống thiên tai' } });
    expect((await call(s, 'searchDrafts', { query: 'thiên tai' })).map((h) => h.id)).toEqual([fresh.meta.id]);
    await call(s, 'deleteDraft', { id: fresh.meta.id });
    expect(await call(s, 'searchDrafts', { query: 'thiên tai' })).toEqual([]);
    expect(await call(s, 'searchDrafts', { query: '  ' })).toEqual([]);
  });
});

describe('revisions', () => {
  it('saves on demand, lists, views, restores, and undoes the restore', async () => {
    const s = await open();
    const draft = await call(s, 'createDraft', {});
    const id = draft.meta.id;
    await call(s, 'saveDraft', { draft: { ...draft, title: 'Bản đầu' } });
    const first = await call(s, 'saveRevision', { id });
    bed.now += 10 * 60 * 1000;
    await call(s, 'saveDraft', { draft: { ...(await call(s, 'getDraft', { id })), title: 'Bản sau' } });
    const listed = await call(s, 'listRevisions', { id });
    // The 10-minute save did not repeat 'Bản đầu': the manual revision already holds that content.
    expect(listed.map((r) => [r.title, r.reason])).toEqual([
      ['Bản đầu', 'manual'],
      ['', 'auto'],
    ]);
    expect((await call(s, 'getRevision', { id, revision: first.revision })).title).toBe('Bản đầu');

    const restored = await call(s, 'restoreRevision', { id, revision: first.revision });
    expect(restored.title).toBe('Bản đầu');
    expect(restored.meta.createdAt).toBe(draft.meta.createdAt);
    const [undo] = await call(s, 'listRevisions', { id });
    expect(undo).toMatchObject({ reason: 'restore', title: 'Bản sau' });
    expect((await call(s, 'restoreRevision', { id, revision: undo?.revision ?? 0 })).title).toBe('Bản sau');
    expect((await call(s, 'getDraft', { id })).title).toBe('Bản sau');

    expect(await failure(call(s, 'getRevision', { id, revision: 99 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(call(s, 'getRevision', { id, revision: 0 }))).toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('snapshots what a DOCX export wrote', async () => {
    const s = await open();
    await s.drafts.create(seedDraft());
    const result = await call(s, 'exportDocx', { id: 'seed-quang-tri' });
    expect(result.path?.startsWith(bed.exportDir)).toBe(true);
    expect((await call(s, 'listRevisions', { id: 'seed-quang-tri' })).map((r) => r.reason)).toEqual(['export']);
    await call(s, 'exportDocx', { id: 'seed-quang-tri' });
    expect(await call(s, 'listRevisions', { id: 'seed-quang-tri' })).toHaveLength(1);
  });
});

describe('moving drafts and backups', () => {
  it('exports drafts to one file and imports it back as new drafts; a bad file changes nothing', async () => {
    const s = await open();
    await s.drafts.create(seedDraft());
    const other = await call(s, 'createDraft', {});
    const { path } = await call(s, 'exportDrafts', { ids: ['seed-quang-tri', other.meta.id] });
    expect(path).toMatch(/2 bản thảo .*\.baocao$/);
    const content = await readFile(path ?? '', 'utf8');
    const { imported } = await call(s, 'importDrafts', { fileName: 'chuyen.baocao.json', content });
    expect(imported).toHaveLength(2);
    expect(imported.map((d) => d.id).every((id) => id.startsWith('new-draft-'))).toBe(true);
    expect(await readdir(join(bed.dataDir, 'imports'))).toHaveLength(1);

    const before = await call(s, 'listDrafts', {});
    const bad = await failure(call(s, 'importDrafts', { fileName: 'x.json', content: content.slice(0, 500) }));
    expect(bad).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('cắt cụt') });
    expect(await call(s, 'listDrafts', {})).toEqual(before);
    // A second export of the same name does not replace the first.
    const again = await call(s, 'exportDrafts', { ids: ['seed-quang-tri', other.meta.id] });
    expect(again.path).toMatch(/\(2\)\.baocao$/);
  });

  it('backs up in one click and restores the newest backup into new drafts', async () => {
    const s = await open();
    await s.drafts.create(seedDraft());
    const { path } = await call(s, 'backupNow', {});
    expect(path).toMatch(/sao-luu-soan-bao-cao-.*\.zip$/);
    const { imported } = await call(s, 'restoreBackup', {});
    expect(imported).toMatchObject([{ title: seedDraft().title }]);
    expect(imported[0]?.id).not.toBe('seed-quang-tri');
    expect(await call(s, 'listDrafts', {})).toHaveLength(2);
  });

  it('makes the daily backup and purges old trash when the app opens, and restores a backup by name', async () => {
    const first = await open();
    await first.drafts.create(seedDraft());
    const gone = await call(first, 'createDraft', {});
    await call(first, 'deleteDraft', { id: gone.meta.id });
    for (const name of await readdir(join(bed.dataDir, 'trash'))) {
      await utimes(join(bed.dataDir, 'trash', name), new Date(bed.now + 90 * DAY), new Date(bed.now + 90 * DAY));
    }
    first.dispose();
    await first.close();
    bed.now += 31 * DAY;
    const s = await open({ maintenance: true });
    await s.idle();
    expect(await call(s, 'listTrash', {})).toEqual([]);
    const backups = await call(s, 'listBackups', {});
    expect(backups).toMatchObject([{ kind: 'auto', name: expect.stringMatching(/^auto-\d{4}-\d{2}-\d{2}\.zip$/) }]);
    const { imported } = await call(s, 'restoreBackup', { name: backups[0]?.name ?? '' });
    expect(imported).toHaveLength(1);
    expect(await failure(call(s, 'restoreBackup', { name: 'auto-1999-01-01.zip' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(call(s, 'restoreBackup', { name: '..' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(call(s, 'restoreBackup', { name: '../x.zip' }))).toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('a draft saved through the store outside the handlers', () => {
  it('is found by search once the app notices it', async () => {
    const s = await open();
    await s.drafts.create(sampleDraft('draft-outside', 'Văn bản về chuyển đổi số'));
    expect((await call(s, 'searchDrafts', { query: 'chuyen doi so' })).map((h) => h.id)).toEqual(['draft-outside']);
  });
});
