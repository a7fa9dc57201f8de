import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TRANSFER_CHARS } from '../shared/api/contract';
import { AppError } from '../shared/api/errors';
import { DRAFT_SCHEMA_VERSION, type Draft } from '../shared/domain/draft-schema';
import { MAX_DRAFT_BYTES, TEXT_LIMITS } from '../shared/domain/limits';
import { buildTransferText, TRANSFER_FORMAT } from '../shared/domain/transfer-format';
import { openDraftRepository } from './draft-repository';
import { removeDir, sampleDraft, steppingClock, tempDir } from './test-support';
import { importAsNew, MAX_TRANSFER_BYTES, parseTransfer, readTransferFile, writeTransferFile } from './transfer';

let dir: string;
let flush: () => Promise<void> = async () => undefined;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await flush();
  await removeDir(dir);
});

let ids = 0;
async function openStore() {
  const repo = await openDraftRepository({ dataDir: join(dir, 'data'), clock: steppingClock() });
  flush = () => repo.flush();
  const deps = { newId: () => `imported-${++ids}`, clock: steppingClock('2025-06-01T00:00:00.000Z') };
  return { repo, deps };
}

/** Every stored draft file's bytes, to prove a refused import changed nothing. */
async function snapshotOfStore() {
  const draftsDir = join(dir, 'data', 'drafts');
  const names = (await readdir(draftsDir)).sort();
  return Promise.all(names.map(async (name) => [name, (await readFile(join(draftsDir, name))).toString('base64')]));
}

describe('transfer between machines', () => {
  it('round-trips drafts through one file, importing them as new drafts', async () => {
    const { repo, deps } = await openStore();
    const a = await repo.create(sampleDraft('draft-aaa', 'Báo cáo A'));
    const b = await repo.create({ ...sampleDraft('draft-bbb', 'Báo cáo B'), meta: { ...sampleDraft('draft-bbb').meta, status: 'final' } });
    const file = join(dir, 'chuyen.baocao.json');
    await writeTransferFile(file, [a, b], '2025-05-01T00:00:00.000Z');

    const drafts = parseTransfer(await readTransferFile(file));
    const { summaries, created } = await importAsNew(repo, drafts, deps);
    expect(summaries.map((s) => s.title)).toEqual(['Báo cáo A', 'Báo cáo B']);
    expect(created.map((d) => d.meta.id)).toEqual(['imported-1', 'imported-2']);
    expect(created[1]?.meta.status).toBe('final');
    expect({ ...created[0], meta: null }).toEqual({ ...a, meta: null });
    // The originals are still there, untouched: an import never overwrites.
    expect((await repo.list()).map((s) => s.id).sort()).toEqual(['draft-aaa', 'draft-bbb', 'imported-1', 'imported-2']);
    expect(await repo.get('draft-aaa')).toEqual(a);

    // Importing the same file again makes two more new drafts.
    await importAsNew(repo, parseTransfer(await readTransferFile(file)), deps);
    expect(await repo.list()).toHaveLength(6);
  });

  const valid = sampleDraft('draft-xyz', 'Từ máy khác');
  const envelope = (drafts: unknown[], formatVersion = 1) => JSON.stringify({ format: TRANSFER_FORMAT, formatVersion, exportedAt: 'x', drafts });
  // Built as text: no object that deep exists in this process before the import reads it.
  const deepEnvelope = (depth: number) =>
    envelope([valid, { ...valid, sections: [] }]).replace(
      /"sections":\[\](?![^]*"sections":\[\])/,
      `"sections":[${'{"id":"s","title":"","blocks":[],"children":['.repeat(depth)}${']}'.repeat(depth)}]`,
    );
  it.each([
    ['invalid JSON', '{"format": "soan-bao-cao-transfer", drafts: ]', /không phải JSON/],
    ['truncated', buildTransferText([valid], 'x').slice(0, 300), /cắt cụt/],
    ['over the size cap', ' '.repeat(MAX_TRANSFER_CHARS + 1), /quá lớn/],
    ['of a newer transfer format', envelope([valid], 2), /phiên bản ứng dụng mới hơn/],
    ['holding a draft of a newer schema', envelope([valid, { ...valid, schemaVersion: DRAFT_SCHEMA_VERSION + 1 }]), /thứ 2.*mới hơn/],
    ['holding an invalid draft', envelope([valid, { ...valid, header: { ...valid.header, number: '12a' } }]), /thứ 2.*header\.number/],
    ['holding a draft nested 100,000 deep', deepEnvelope(100_000), /thứ 2.*lồng nhau quá sâu/],
    ['holding a draft over a field limit', envelope([valid, { ...valid, title: 'T'.repeat(TEXT_LIMITS.title.max + 1) }]), /thứ 2.*"Trích yếu" dài quá giới hạn 2\.000 ký tự/],
  ])('refuses a file %s and leaves the store unchanged', async (_name, text, message) => {
    const { repo, deps } = await openStore();
    await repo.create(sampleDraft('draft-aaa', 'Có sẵn'));
    const before = await snapshotOfStore();
    const attempt = async () => importAsNew(repo, parseTransfer(text), deps);
    await expect(attempt()).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(message) });
    expect(await snapshotOfStore()).toEqual(before);
    expect((await repo.list()).map((s) => s.id)).toEqual(['draft-aaa']);
  });

  it('refuses a huge file on disk before reading it', async () => {
    const file = join(dir, 'huge.json');
    await writeFile(file, '');
    const { truncate } = await import('node:fs/promises');
    await truncate(file, MAX_TRANSFER_BYTES + 1);
    await expect(readTransferFile(file)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/quá lớn/) });
  });

  it('takes back what an import stored when a later draft fails to store, and says nothing changed', async () => {
    const { repo, deps } = await openStore();
    await repo.create(sampleDraft('draft-aaa', 'Có sẵn'));
    const before = await snapshotOfStore();
    let calls = 0;
    const failing = new Proxy(repo, {
      get(target, key) {
        if (key === 'create') {
          return async (draft: Draft) => {
            if (++calls === 3) throw new AppError('IO_ERROR', 'Ổ đĩa đã đầy.');
            return target.create(draft);
          };
        }
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const drafts = ['Một', 'Hai', 'Ba'].map((title, i) => sampleDraft(`draft-in${i}`, title));
    await expect(importAsNew(failing, drafts, deps)).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringMatching(/Ổ đĩa đã đầy\..*Chưa có bản thảo nào được nhập; dữ liệu đã lưu không thay đổi/),
    });
    expect(await snapshotOfStore()).toEqual(before);
    expect((await repo.list()).map((s) => s.id)).toEqual(['draft-aaa']);
  });

  it('carries a draft at the size limit there and back', async () => {
    const { repo, deps } = await openStore();
    const paragraph = { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'x'.repeat(TEXT_LIMITS.run.max) }] };
    // Just under the limit as stored, in ASCII: the most characters a draft can have.
    const count = Math.floor(MAX_DRAFT_BYTES / (TEXT_LIMITS.run.max + 200));
    const big: Draft = { ...sampleDraft('draft-big', 'Lớn'), opening: Array.from({ length: count }, () => paragraph) };
    const stored = await repo.create(big);
    const file = join(dir, 'lon.baocao');
    await writeTransferFile(file, [stored], '2025-05-01T00:00:00.000Z');
    const { created } = await importAsNew(repo, parseTransfer(await readTransferFile(file)), deps);
    expect(created[0]?.opening).toHaveLength(big.opening.length);
  });

  it('refuses to write a transfer file too big to be imported again, writing nothing', async () => {
    const { repo } = await openStore();
    const paragraph = { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'x'.repeat(TEXT_LIMITS.run.max) }] };
    const half = Math.ceil(MAX_TRANSFER_CHARS / 2 / TEXT_LIMITS.run.max) + 1;
    const drafts = [];
    for (const id of ['draft-one', 'draft-two']) drafts.push(await repo.create({ ...sampleDraft(id), opening: Array.from({ length: half }, () => paragraph) }));
    const file = join(dir, 'qua-lon.baocao');
    await expect(writeTransferFile(file, drafts, '2025-05-01T00:00:00.000Z')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/ít bản thảo hơn/),
    });
    expect(await readdir(dir)).not.toContain('qua-lon.baocao');
  });
});
