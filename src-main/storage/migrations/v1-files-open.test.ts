/**
 * Every version 1 draft the clerk may hold still opens, migrated, through each way it comes in:
 * the drafts folder (and the trash), revision history, backups, transfer files and the CLI.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraftFile as readCliDraftFile } from '../../cli/draft-file';
import { DRAFT_SCHEMA_VERSION, DraftSchema, type Draft } from '../../shared/domain/draft-schema';
import { signerBlockLines } from '../../shared/domain/signer-rules';
import { BACKUP_FORMAT } from '../backup';
import { restoreBackup } from '../backup-restore';
import { openDraftRepository } from '../draft-repository';
import { openHistoryStore } from '../history';
import { removeDir, steppingClock, tempDir } from '../test-support';
import { importAsNew, parseTransfer } from '../transfer';
import { migrateDraft } from './index';
import { V1_FIXTURES, v1Bytes, v1Fixture } from './v1-fixtures';

/** What each v1 file must open as: the step's output, validated (the step itself is tested beside it). */
const expected = (name: string): Draft => DraftSchema.parse(migrateDraft(v1Fixture(name)).draft);
const idOf = (name: string) => String(v1Fixture(name).meta && (v1Fixture(name).meta as { id: string }).id);
/** The content of a draft apart from what a path gives it anew (id, times). */
const content = ({ meta: _, ...rest }: Draft) => rest;

/** The signature lines a clerk saw on a v1 export of each fixture. */
const V1_PRINTED: Record<(typeof V1_FIXTURES)[number], string[]> = {
  'v1-seed-quang-tri': ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
  'v1-seed-quang-ngai': ['TRƯỞNG BAN'],
  'v1-full-feature': ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
};

let root: string;
let dataDir: string;
let flushes: Array<() => Promise<void>> = [];
beforeEach(async () => {
  root = await tempDir();
  dataDir = join(root, 'data');
});
afterEach(async () => {
  await Promise.all(flushes.map((flush) => flush()));
  flushes = [];
  await removeDir(root);
});

async function open(dir = dataDir) {
  const clock = steppingClock();
  const notices: string[] = [];
  const history = openHistoryStore({ dataDir: dir, clock, notices });
  const drafts = await openDraftRepository({ dataDir: dir, clock, beforeReplace: history.beforeReplace });
  flushes.push(() => drafts.flush(), () => history.flush());
  let ids = 0;
  return { drafts, history, notices, clock, newId: () => `opened-${++ids}` };
}

describe('version 1 files open', () => {
  it('prints each fixture signature block as version 1 printed it', () => {
    for (const name of V1_FIXTURES) {
      const { authority, title } = signerBlockLines(expected(name).signer);
      expect([...authority, ...title]).toEqual(V1_PRINTED[name]);
    }
  });

  it('from the drafts folder: migrated on open, the original kept byte for byte in migrated/', async () => {
    await mkdir(join(dataDir, 'drafts'), { recursive: true });
    for (const name of V1_FIXTURES) await writeFile(join(dataDir, 'drafts', `${idOf(name)}.json`), v1Bytes(name));
    const { drafts } = await open();

    expect((await drafts.list()).map((s) => s.id).sort()).toEqual(V1_FIXTURES.map(idOf).sort());
    for (const name of V1_FIXTURES) {
      expect(await drafts.get(idOf(name))).toEqual(expected(name));
      const onDisk = JSON.parse(await readFile(join(dataDir, 'drafts', `${idOf(name)}.json`), 'utf8'));
      expect(onDisk.schemaVersion).toBe(DRAFT_SCHEMA_VERSION);
    }
    const kept = await readdir(join(dataDir, 'migrated'));
    expect(kept).toHaveLength(V1_FIXTURES.length);
    for (const name of V1_FIXTURES) {
      const copy = kept.find((file) => file.endsWith(`-${idOf(name)}.v1.json`));
      expect(copy, name).toBeDefined();
      expect(await readFile(join(dataDir, 'migrated', copy ?? ''))).toEqual(v1Bytes(name));
    }
    expect(drafts.notices().join('\n')).toContain('phiên bản 1 sang phiên bản 2');

    // A second open finds version 2 files: nothing is migrated or copied again.
    await drafts.close();
    const again = await open();
    expect(await again.drafts.get(idOf('v1-full-feature'))).toEqual(expected('v1-full-feature'));
    expect(await readdir(join(dataDir, 'migrated'))).toHaveLength(V1_FIXTURES.length);
  });

  it('from the trash: listed and restored as version 2', async () => {
    const name = 'v1-seed-quang-ngai';
    await mkdir(join(dataDir, 'trash'), { recursive: true });
    await writeFile(join(dataDir, 'trash', `${idOf(name)}.json`), v1Bytes(name));
    await writeFile(join(dataDir, 'trash', `${idOf(name)}.trashed.json`), JSON.stringify({ id: idOf(name), deletedAt: '2025-02-01T00:00:00.000Z' }));
    const { drafts } = await open();
    expect((await drafts.listTrash()).map((t) => t.id)).toEqual([idOf(name)]);
    await drafts.restoreFromTrash(idOf(name));
    expect(await drafts.get(idOf(name))).toEqual(expected(name));
  });

  it('from the revision history: each v1 revision reads as version 2 and can be restored', async () => {
    const name = 'v1-full-feature';
    const id = idOf(name);
    const dir = join(dataDir, 'history', id);
    await mkdir(dir, { recursive: true });
    const revision = (n: number, draft: unknown) =>
      JSON.stringify({ format: 'soan-bao-cao-revision', revision: n, createdAt: `2024-01-0${n}T08:00:00.000Z`, reason: 'manual', draft });
    await writeFile(join(dir, '1.json'), revision(1, v1Fixture(name)));
    await writeFile(join(dir, '2.json'), revision(2, { ...v1Fixture(name), title: 'Bản sửa' }));
    const { drafts, history, notices } = await open();
    await drafts.create(expected(name));

    expect((await history.list(id)).map((r) => [r.revision, r.title])).toEqual([[2, 'Bản sửa'], [1, expected(name).title]]);
    expect(await history.get(id, 1)).toEqual(expected(name));
    expect((await history.get(id, 2)).signer).toEqual(expected(name).signer);
    expect(notices).toEqual([]);
    // A revision is history: reading it never rewrites the file.
    expect(JSON.parse(await readFile(join(dir, '1.json'), 'utf8')).draft.schemaVersion).toBe(1);
  });

  it('from a backup made by version 1: drafts and their revisions restored as version 2', async () => {
    const files: Record<string, Uint8Array> = {
      'manifest.json': Buffer.from(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1 })),
    };
    for (const name of V1_FIXTURES) files[`drafts/${idOf(name)}.json`] = v1Bytes(name);
    const revised = idOf('v1-seed-quang-tri');
    files[`history/${revised}/1.json`] = Buffer.from(
      JSON.stringify({ format: 'soan-bao-cao-revision', revision: 1, createdAt: '2023-11-19T08:00:00.000Z', reason: 'auto', draft: { ...v1Fixture('v1-seed-quang-tri'), title: 'Bản đầu' } }),
    );
    await writeFile(join(root, 'v1-backup.zip'), zipSync(files));
    const store = await open();

    const { imported, problems } = await restoreBackup(join(root, 'v1-backup.zip'), store);
    expect(problems).toEqual([]);
    expect(imported).toHaveLength(V1_FIXTURES.length);
    for (const summary of imported) {
      const name = V1_FIXTURES.find((n) => expected(n).title === summary.title) ?? 'v1-full-feature';
      expect(content(await store.drafts.get(summary.id))).toEqual(content(expected(name)));
    }
    const restored = imported.find((s) => s.title === expected('v1-seed-quang-tri').title)?.id ?? '';
    expect((await store.history.list(restored)).map((r) => r.title)).toEqual(['Bản đầu']);
    expect((await store.history.get(restored, 1)).signer).toEqual(expected('v1-seed-quang-tri').signer);
  });

  it('from a transfer file written by version 1', async () => {
    const text = `${JSON.stringify({ format: 'soan-bao-cao-transfer', formatVersion: 1, exportedAt: '2024-01-06T00:00:00.000Z', drafts: V1_FIXTURES.map(v1Fixture) }, null, 1)}\n`;
    const parsed = parseTransfer(text);
    expect(parsed).toEqual(V1_FIXTURES.map(expected));
    const store = await open();
    const { created } = await importAsNew(store.drafts, parsed, store);
    expect(created.map(content)).toEqual(V1_FIXTURES.map((n) => content(expected(n))));
  });

  it('from a draft file given to the CLI', async () => {
    for (const name of V1_FIXTURES) {
      const path = join(root, `${name}.json`);
      await writeFile(path, v1Bytes(name));
      expect(await readCliDraftFile(path)).toEqual(expected(name));
    }
  });
});
