import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TRANSFER_CHARS } from '../shared/api/contract';
import { DRAFT_SCHEMA_VERSION } from '../shared/domain/draft-schema';
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
  it.each([
    ['invalid JSON', '{"format": "soan-bao-cao-transfer", drafts: ]', /không phải JSON/],
    ['truncated', buildTransferText([valid], 'x').slice(0, 300), /cắt cụt/],
    ['over the size cap', ' '.repeat(MAX_TRANSFER_CHARS + 1), /quá lớn/],
    ['of a newer transfer format', envelope([valid], 2), /phiên bản ứng dụng mới hơn/],
    ['holding a draft of a newer schema', envelope([valid, { ...valid, schemaVersion: DRAFT_SCHEMA_VERSION + 1 }]), /thứ 2.*mới hơn/],
    ['holding an invalid draft', envelope([valid, { ...valid, header: { ...valid.header, number: '12a' } }]), /thứ 2.*header\.number/],
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
});
