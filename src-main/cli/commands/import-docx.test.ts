/**
 * `baocao import <file>`: a Word file and a transfer file are told apart by their content, not
 * their names; a DOCX becomes a new draft (its id printed), `--json` prints the draft instead
 * and stores nothing, a refused file exits with code 2 and its Vietnamese reason.
 */
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocx } from '../../export/docx/build-docx';
import { packDocx } from '../../export/pack-docx';
import { compoundFile } from '../../import/docx/test-files';
import { DraftSchema } from '../../shared/domain/draft-schema';
import { defaultSettings } from '../../shared/domain/settings-schema';
import type { CliIo } from '../io';
import { main } from '../main';

const SEED = resolve(import.meta.dirname, '../../../e2e/fixtures/drafts/seed-quang-tri.json');

let root: string;
let dataDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'baocao-cli-docx-'));
  dataDir = join(root, 'data');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const run = async (...args: string[]) => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (l) => void stdout.push(l), err: (l) => void stderr.push(l) };
  const code = await main([...args, '--data-dir', dataDir], io);
  return { code, stdout, stderr };
};

async function seedDocx(name: string): Promise<string> {
  const draft = DraftSchema.parse(JSON.parse(await readFile(SEED, 'utf8')));
  const path = join(root, name);
  await writeFile(path, await packDocx(buildDocx(draft, defaultSettings().layout).document));
  return path;
}

describe('baocao import with a Word file', () => {
  it('stores a DOCX as a new draft and prints its id, whatever the file is named', async () => {
    const file = await seedDocx('bao-cao.baocao');
    const imported = await run('import', file);
    expect(imported.code).toBe(0);
    const [id] = imported.stdout;
    expect(imported.stderr.join('\n')).toContain('Cơ quan ban hành: SỞ THÔNG TIN VÀ TRUYỀN THÔNG');
    const shown = JSON.parse((await run('show', id ?? '')).stdout.join('\n'));
    expect(shown.title).toBe('Công tác tuyên truyền cải cách hành chính năm 2023\ncủa Sở Thông tin và Truyền thông');
  });

  it('--json prints the draft and stores nothing', async () => {
    const printed = await run('import', await seedDocx('bao-cao.docx'), '--json');
    expect(printed.code).toBe(0);
    const draft = DraftSchema.parse(JSON.parse(printed.stdout.join('\n')));
    expect(draft.signer.name).toBe('Nguyễn Hoàn');
    expect(JSON.parse((await run('list', '--json')).stdout[0] ?? '[]')).toEqual([]);
  });

  it('still imports a transfer file named .docx by its content', async () => {
    const file = join(root, 'nham-ten.docx');
    await writeFile(file, await readFile(SEED, 'utf8'));
    const imported = await run('import', file);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toHaveLength(1);
  });

  it('refuses a .doc renamed .docx and a 200 MB file with exit code 2, storing nothing', async () => {
    const doc = join(root, 'cu.docx');
    await writeFile(doc, compoundFile(['WordDocument']));
    const refused = await run('import', doc);
    expect(refused).toMatchObject({ code: 2 });
    expect(refused.stderr.join('')).toContain('Không nhập được tệp “cu.docx”: đây là tệp Word 97–2003 (.doc)');
    const big = join(root, 'lon.docx');
    await writeFile(big, Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    await truncate(big, 200 * 1024 * 1024);
    const tooBig = await run('import', big);
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr.join('')).toContain('Tệp Word quá lớn (200 MB)');
    expect(JSON.parse((await run('list', '--json')).stdout[0] ?? '[]')).toEqual([]);
  });
});
