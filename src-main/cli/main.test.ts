import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main';
import type { CliIo } from './io';

const SEED = resolve(import.meta.dirname, '../../e2e/fixtures/drafts/seed-quang-tri.json');

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => void stdout.push(l), err: (l) => void stderr.push(l) };
}

describe('baocao CLI', () => {
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

  it('creates, lists and shows drafts', async () => {
    const created = await run('new');
    expect(created.code).toBe(0);
    const id = created.stdout[0] ?? '';
    const listed = await run('list', '--json');
    expect(JSON.parse(listed.stdout[0] ?? '[]')).toEqual([expect.objectContaining({ id, status: 'draft' })]);
    const shown = await run('show', id);
    expect(JSON.parse(shown.stdout.join('\n')).meta.id).toBe(id);
  });

  it('saves a draft file and prints its id, then exports it from the store', async () => {
    const saved = await run('save', SEED);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toEqual(['seed-quang-tri']);
    const out = join(root, 'out.docx');
    const exported = await run('export', 'seed-quang-tri', '--format', 'docx', '--out', out);
    expect(exported.code).toBe(0);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an invalid draft file, names the field, and touches nothing stored', async () => {
    await run('save', SEED);
    const before = await readFile(join(dataDir, 'drafts', 'seed-quang-tri.json'));
    const bad = JSON.parse(await readFile(SEED, 'utf8'));
    bad.header.number = '12a';
    bad.header.issuingAgency = 'ĐÃ SỬA';
    const badFile = join(root, 'bad.json');
    await writeFile(badFile, JSON.stringify(bad));
    const result = await run('save', badFile);
    expect(result.code).not.toBe(0);
    expect(result.stderr.join('\n')).toContain('header.number');
    expect(await readFile(join(dataDir, 'drafts', 'seed-quang-tri.json'))).toEqual(before);
    const exported = await run('export', badFile, '--format', 'docx', '--out', join(root, 'bad.docx'));
    expect(exported.code).not.toBe(0);
    expect(await readdir(root)).not.toContain('bad.docx');
  });

  it('refuses a file that is not JSON and an unknown format', async () => {
    const notJson = join(root, 'x.json');
    await writeFile(notJson, '{"schemaVersion": 1,');
    expect((await run('save', notJson)).stderr.join('')).toContain('không phải JSON');
    expect((await run('export', SEED, '--format', 'odt', '--out', join(root, 'a.odt'))).code).toBe(2);
  });

  it('exports a PDF with the Chromium given by --chromium, and names one that is not there', async () => {
    const missing = join(root, 'no-chromium');
    const result = await run('export', SEED, '--format', 'pdf', '--out', join(root, 'a.pdf'), '--chromium', missing);
    expect(result.code).toBe(2);
    expect(result.stderr.join('\n')).toContain(`Không tìm thấy trình duyệt Chromium tại ${missing} (theo --chromium)`);
    expect(await readdir(root)).not.toContain('a.pdf');
  });
});
