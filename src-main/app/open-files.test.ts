import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftSummary } from '../shared/api/contract';
import { fail, ok } from '../shared/api/errors';
import { removeDir, tempDir } from '../storage/test-support';
import type { ImportPort } from '../services/open-file-import';
import { watchOpenedFiles, type OpenFileEvents } from './open-files';

type Listener = (...args: never[]) => void;

/** Electron's `app` as far as opened files go: listeners by event name, and a way to emit. */
function fakeApp() {
  const listeners = new Map<string, Listener>();
  const app: OpenFileEvents = { on: (name: string, listener: Listener) => void listeners.set(name, listener) };
  return {
    app,
    openFile(path: string): boolean {
      let handled = false;
      (listeners.get('open-file') as (event: { preventDefault(): void }, path: string) => void)({ preventDefault: () => void (handled = true) }, path);
      return handled;
    },
    secondInstance(argv: string[], workingDirectory: string): void {
      (listeners.get('second-instance') as (event: unknown, argv: string[], cwd: string) => void)({}, argv, workingDirectory);
    },
  };
}

const summary = (title: string): DraftSummary => ({
  id: `id-${title}`,
  title,
  issuingAgency: '',
  kyHieu: '',
  status: 'draft',
  createdAt: '2025-03-01T00:00:00.000Z',
  updatedAt: '2025-03-01T00:00:00.000Z',
});

/** An import port that takes any file whose text is not "bad", recording what it was given. */
function fakeImport() {
  const calls: string[] = [];
  const port: ImportPort = async (fileName, content) => {
    calls.push(fileName);
    return content === 'bad' ? fail('INVALID_ARGUMENT', 'Tệp không hợp lệ.') : ok({ imported: [summary(content)] });
  };
  return { port, calls };
}

let dir: string;
beforeEach(async () => {
  dir = await tempDir('baocao-open-files-');
  await mkdir(join(dir, 'docs'));
  for (const [name, text] of [['a.baocao', 'A'], ['b.baocao', 'B'], ['c.baocao.json', 'C'], ['hỏng.baocao', 'bad'], ['docs/d.baocao', 'D']]) {
    await writeFile(join(dir, name ?? ''), text ?? '');
  }
});
afterEach(() => removeDir(dir));

describe('files the OS opens the app with', () => {
  it('waits for the services, then imports the launch argv and what macOS sent before ready, in order', async () => {
    const fake = fakeApp();
    const batches: string[][] = [];
    const opened = watchOpenedFiles(fake.app, {
      argv: ['/opt/soan-bao-cao/soan-bao-cao', '--no-sandbox', 'a.baocao', 'notes.txt'],
      cwd: dir,
      onImported: (results) => void batches.push(results.map((r) => r.imported[0]?.title ?? '')),
    });
    expect(fake.openFile(join(dir, 'b.baocao'))).toBe(true);
    expect(fake.openFile(join(dir, 'photo.jpg'))).toBe(false);
    const { port, calls } = fakeImport();
    await Promise.resolve();
    expect(opened.notices()).toEqual([]);

    await opened.start(port);
    expect(calls).toEqual(['a.baocao', 'b.baocao']);
    expect(batches).toEqual([['A', 'B']]);
    expect(opened.notices()).toEqual([
      'Đã nhập 1 báo cáo từ “a.baocao”. Báo cáo nhập vào là bản mới, không ghi đè báo cáo đang có.',
      'Đã nhập 1 báo cáo từ “b.baocao”. Báo cáo nhập vào là bản mới, không ghi đè báo cáo đang có.',
    ]);
  });

  it('imports what a second instance is opened with, relative to its own folder; a refused file does not stop the next', async () => {
    const fake = fakeApp();
    const { port, calls } = fakeImport();
    const results: boolean[] = [];
    const opened = watchOpenedFiles(fake.app, { argv: ['/usr/bin/electron', '.'], cwd: '/', onImported: (batch) => void results.push(...batch.map((r) => r.ok)) });
    await opened.start(port);
    expect(calls).toEqual([]);

    fake.secondInstance(['C:\\Program Files\\app.exe', 'hỏng.baocao', 'd.baocao', '../c.baocao.json'], join(dir, 'docs'));
    fake.secondInstance(['app', join(dir, 'a.baocao')], '/');
    await opened.start(port);
    expect(calls).toEqual(['d.baocao', 'c.baocao.json', 'a.baocao']);
    expect(opened.notices()[0]).toBe('Không nhập được tệp “hỏng.baocao”: Không tìm thấy tệp (có thể tệp đã bị chuyển đi hoặc xoá).');
    expect(opened.notices()).toHaveLength(4);
    expect(results).toEqual([false, true, true, true]);
  });

  it('says which file was refused and why, and keeps going after a listener that throws', async () => {
    const fake = fakeApp();
    const { port } = fakeImport();
    const opened = watchOpenedFiles(fake.app, {
      argv: [join(dir, 'hỏng.baocao')],
      cwd: dir,
      onImported: () => {
        throw new Error('window gone');
      },
    });
    await opened.start(port);
    expect(opened.notices()).toEqual(['Không nhập được tệp “hỏng.baocao”: Tệp không hợp lệ.']);
    fake.openFile(join(dir, 'a.baocao'));
    await opened.start(port);
    expect(opened.notices()).toHaveLength(2);
  });
});
