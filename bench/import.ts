/**
 * "Nhập từ Word" benchmark: the ~100-page report of docx-export.ts (600 paragraphs, 10 tables,
 * 20 footnotes) exported to DOCX, then read back three ways in the same run:
 *   - in process: importDocxBytes, median of RUNS after a warm-up (an export carries no copy of
 *     its draft: it is recognised from its text, as a file made by Word);
 *   - the whole `baocao import <file> --json` command, a fresh Node process each time;
 *   - pandoc reading the same file (`pandoc -f docx -t json`), alternating with the command.
 * Peak memory: the maximum resident set of the command and of pandoc (GNU time), and the growth
 * of a fresh process's resident set across one import. Goal: no slower than pandoc.
 * Run: node --import tsx bench/import.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDocx } from '../src-main/export/docx/build-docx';
import { packDocx } from '../src-main/export/pack-docx';
import { importDocxBytes } from '../src-main/import/docx/import-docx';
import { defaultSettings } from '../src-main/shared/domain/settings-schema';
import { benchDraft } from './docx-export';
import { median } from './stats';

const RUNS = 15;
const WARMUP = 3;
const COMMAND_RUNS = 7;
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'baocao.mjs');
const NOW = '2025-01-01T00:00:00.000Z';

const ms = (v: number) => `${v.toFixed(1)} ms`;
const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
const has = (tool: string) => spawnSync('sh', ['-c', `command -v "${tool}"`]).status === 0;
const hasTime = spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0;

/** Wall time and maximum resident set (KB) of a command, by GNU time when there is one. */
function measure(command: string, args: readonly string[]): { wallMs: number; maxRssKb: number } {
  if (!hasTime) {
    const start = performance.now();
    const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr.toString()}`);
    return { wallMs: performance.now() - start, maxRssKb: Number.NaN };
  }
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  if (r.status !== 0 || seconds === undefined || Number.isNaN(seconds)) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return { wallMs: seconds * 1000, maxRssKb: kb ?? Number.NaN };
}

/** `--once <file>`: one import in this fresh process; prints the growth of its resident set. */
async function once(file: string): Promise<void> {
  const bytes = await readFile(file);
  const before = process.memoryUsage().rss;
  await importDocxBytes(bytes, { now: NOW });
  const peakKb = process.resourceUsage().maxRSS;
  console.log(JSON.stringify({ growthKb: Math.max(0, peakKb - before / 1024) }));
}

async function inProcess(name: string, bytes: Uint8Array): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await importDocxBytes(bytes, { now: NOW });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await importDocxBytes(bytes, { now: NOW });
    times.push(performance.now() - start);
  }
  console.log(`in-process import, ${name}: median ${ms(median(times))} (${RUNS} runs), min / max ${ms(Math.min(...times))} / ${ms(Math.max(...times))}`);
  return median(times);
}

async function main(): Promise<void> {
  console.log(`machine: ${cpus().length} CPUs, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const dir = await mkdtemp(join(tmpdir(), 'bench-import-'));
  try {
    const exported = await packDocx(buildDocx(benchDraft(), defaultSettings().layout).document);
    const file = join(dir, 'bao-cao-100-trang.docx');
    await writeFile(file, exported);
    console.log(`report: 600 paragraphs, 10 tables, 20 footnotes; DOCX ${(exported.length / 1024).toFixed(1)} KB`);
    const { report, draft } = await importDocxBytes(exported, { now: NOW });
    console.log(`recognised: ${report.recognised.length} parts, ${draft.sections.length} mục; unplaced notes: ${report.unplaced.length}`);

    const recognition = await inProcess('recognition', exported);

    const growth = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import.ts'), '--once', file], { encoding: 'utf8' });
    const growthKb = growth.status === 0 ? (JSON.parse(growth.stdout.trim().split('\n').at(-1) ?? '{}') as { growthKb?: number }).growthKb : undefined;
    console.log(`peak memory of one import (growth of a fresh process's resident set): ${growthKb === undefined ? 'n/a' : mb(growthKb)}`);

    // The command, from its bundle when it is fresh (as after npm ci).
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { stdio: 'ignore' });
    const commandArgs = [BIN, 'import', file, '--json', '--data-dir', join(dir, 'data')];
    const pandocArgs = ['-f', 'docx', '-t', 'json', '-o', join(dir, 'pandoc.json'), file];
    const hasPandoc = has('pandoc');
    measure(process.execPath, commandArgs);
    if (hasPandoc) measure('pandoc', pandocArgs);
    const command: { wallMs: number; maxRssKb: number }[] = [];
    const pandoc: { wallMs: number; maxRssKb: number }[] = [];
    for (let i = 0; i < COMMAND_RUNS; i++) {
      command.push(measure(process.execPath, commandArgs));
      if (hasPandoc) pandoc.push(measure('pandoc', pandocArgs));
    }
    const commandWall = median(command.map((r) => r.wallMs));
    console.log(`baocao import --json: median ${ms(commandWall)} wall (${COMMAND_RUNS} runs), peak memory ${mb(Math.max(...command.map((r) => r.maxRssKb)))}`);
    if (!hasPandoc) {
      console.log('pandoc: skipped (pandoc not installed)');
      return;
    }
    const pandocWall = median(pandoc.map((r) => r.wallMs));
    console.log(`pandoc version: ${spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]}`);
    console.log(`pandoc -f docx -t json: median ${ms(pandocWall)} wall (${COMMAND_RUNS} runs), peak memory ${mb(Math.max(...pandoc.map((r) => r.maxRssKb)))}`);
    console.log(`ratio baocao import command / pandoc (wall medians): ${(commandWall / pandocWall).toFixed(2)}`);
    console.log(`ratio in-process recognition / pandoc (wall medians): ${(recognition / pandocWall).toFixed(2)}`);
    console.log(`goal (no slower than pandoc, whole command, wall): ${commandWall <= pandocWall ? 'met' : 'NOT met'}`);
  } finally {
    console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    await rm(dir, { recursive: true, force: true });
  }
}

const onceAt = process.argv.indexOf('--once');
if (onceAt >= 0 && process.argv[onceAt + 1]) await once(process.argv[onceAt + 1] ?? '');
else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
