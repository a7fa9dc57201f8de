import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noDialogs, openServices } from '../services/open-services';
import { removeDir, tempDir } from '../storage/test-support';

const BIN = resolve(import.meta.dirname, '../../bin/baocao.mjs');

let root: string;
beforeEach(async () => {
  root = await tempDir('baocao-pipe-');
});
afterEach(() => removeDir(root));

/** Runs the real command with its stdout pipe closed by the reader before anything is written. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    // node directly, never npx: a killed npx would hold npm's cache lock.
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('baocao with a closed output pipe (`baocao list | head -2`)', () => {
  it('ends quietly, with no EPIPE stack trace', async () => {
    const dataDir = join(root, 'data');
    const services = await openServices({ dataDir, version: 'test', transport: 'http', dialogs: noDialogs });
    for (let i = 0; i < 40; i++) {
      const draft = await services.handlers.createDraft({});
      await services.handlers.saveDraft({ draft: { ...draft, title: `Báo cáo công tác tháng ${i + 1}` } });
    }
    services.dispose();
    await services.close();

    for (const args of [['list'], ['search', 'công tác']]) {
      const { code, stderr } = await runWithClosedStdout([...args, '--data-dir', dataDir]);
      expect(stderr).not.toMatch(/EPIPE|Error|at /);
      expect(code).toBe(0);
    }
  }, 60_000);
});
