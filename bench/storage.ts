/**
 * Storage benchmark: 10,000 generated drafts on disk.
 * - list from a cold start: open + list() in a fresh process, after a clean close (the folder
 *   stamps let it trust index.json) and after a crash (no stamps: one stat per draft);
 * - autosave of a 200 KB draft through the API (dispatch, validation, history hook, write, fsync,
 *   rename, folder fsync) with 10 and with 10,000 drafts on disk: median and p95;
 * - memory of a process holding the services (draft index + search index) for 10,000 drafts.
 * Run: node --expose-gc --import tsx bench/storage.ts [drafts=10000]
 * Prints plain "name: value" lines. Goals: list ≤ 100 ms, autosave p95 ≤ 20 ms.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../src-main/shared/api/dispatch';
import type { Draft, Section } from '../src-main/shared/domain/draft-schema';
import { noDialogs, openServices, type Services } from '../src-main/services/open-services';
import { openDraftRepository } from '../src-main/storage/draft-repository';
import { openHistoryStore } from '../src-main/storage/history';
import { generateDrafts } from './generate-drafts';

const COUNT = Number(process.argv[2] ?? 10_000);
const SAVES = 200;
const WARMUP = 20;
const PACE_MS = 100;
const gc = (globalThis as { gc?: () => void }).gc;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Child mode: open the repository and list, timing only that (not Node's or tsx's start-up). */
async function coldList(dataDir: string): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const repo = await openDraftRepository({ dataDir });
  const list = await repo.list();
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ ms: performance.now() - started, cpu: (used.user + used.system) / 1000, count: list.length }));
}

/** Median wall and CPU time of `runs` cold starts, each in a fresh Node process. */
function coldListInFreshProcesses(dataDir: string, runs: number): string {
  const wall: number[] = [];
  const cpu: number[] = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--cold-list', dataDir], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold-list child failed: ${child.stderr}`);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; cpu: number; count: number };
    wall.push(result.ms);
    cpu.push(result.cpu);
    count = result.count;
  }
  return `median ${ms(percentile(wall, 50))} (min ${ms(Math.min(...wall))}, cpu median ${ms(percentile(cpu, 50))}) over ${runs} runs, ${count} drafts`;
}

/** A realistic draft grown to about 200 KB of JSON by joining the sections of generated ones. */
function bigDraft(): Draft {
  const pieces = generateDrafts(60, 99);
  const base = structuredClone(pieces[0] as Draft);
  base.meta.id = 'bench-big-200kb';
  const sections: Section[] = [];
  for (const piece of pieces) {
    sections.push(...piece.sections);
    if (Buffer.byteLength(JSON.stringify({ ...base, sections }, null, 2)) >= 200 * 1024) break;
  }
  base.sections = sections;
  return base;
}

/** Writes generated drafts straight into `drafts/` (what the repository would have written). */
async function plant(dataDir: string, drafts: readonly Draft[]): Promise<void> {
  const dir = join(dataDir, 'drafts');
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < drafts.length; i += 200) {
    await Promise.all(drafts.slice(i, i + 200).map((d) => writeFile(join(dir, `${d.meta.id}.json`), `${JSON.stringify(d, null, 2)}\n`)));
  }
}

async function open(dataDir: string, eagerSearch = false): Promise<Services> {
  return openServices({ dataDir, version: 'bench', transport: 'http', dialogs: noDialogs, eagerSearch });
}

/** Autosaves of the big draft as the renderer sends them: a paragraph edited, the last updatedAt attached. */
async function autosave(services: Services, draft: Draft): Promise<number[]> {
  const times: number[] = [];
  let current = structuredClone(draft);
  for (let i = 0; i < WARMUP + SAVES; i++) {
    const block = current.sections[0]?.blocks[0];
    if (block?.type === 'paragraph') block.content = [{ type: 'text', text: `Đoạn đã sửa lần ${i}. ${'Nội dung báo cáo. '.repeat(5)}` }];
    const started = performance.now();
    const result = await dispatch(services.handlers, 'saveDraft', { draft: current, expectedUpdatedAt: current.meta.updatedAt });
    const took = performance.now() - started;
    if (!result.ok) throw new Error(result.error.message);
    current = { ...current, meta: { ...current.meta, updatedAt: (result.value as { updatedAt: string }).updatedAt } };
    if (i >= WARMUP) times.push(took);
    // The renderer saves at most about once a second; 100 ms keeps the run short while letting the
    // work a save schedules (re-indexing the draft for search) finish before the next, as it would.
    await new Promise((resolve) => setTimeout(resolve, PACE_MS));
  }
  return times;
}

async function autosaveBench(label: string, dataDir: string, big: Draft): Promise<void> {
  const services = await open(dataDir, true);
  // Measured once the search index is loaded or rebuilt, as in an app that has been open a moment.
  await services.handlers.searchDrafts({ query: 'báo cáo' });
  const created = await services.drafts.create({ ...big, meta: { ...big.meta, id: `${big.meta.id}-${label}` } });
  const times = await autosave(services, created);
  const line = (t: number[]) => `median ${ms(percentile(t, 50))}, p95 ${ms(percentile(t, 95))}, max ${ms(percentile(t, 100))}`;
  console.log(`autosave 200 KB with ${label} drafts, whole app path (dispatch, history, search update): ${line(times)}`);
  services.dispose();
  await services.close();

  // The storage layer alone (validation, history hook, durable write): what grows, if anything, with the drafts on disk.
  const history = openHistoryStore({ dataDir });
  const repo = await openDraftRepository({ dataDir, beforeReplace: history.beforeReplace });
  let current = await repo.get(created.meta.id);
  const storageTimes: number[] = [];
  for (let i = 0; i < WARMUP + SAVES; i++) {
    const started = performance.now();
    const { updatedAt } = await repo.save({ ...current, title: `${big.title} ${i}` }, { expectedUpdatedAt: current.meta.updatedAt });
    if (i >= WARMUP) storageTimes.push(performance.now() - started);
    current = { ...current, meta: { ...current.meta, updatedAt } };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  console.log(`autosave 200 KB with ${label} drafts, storage only (repository + history): ${line(storageTimes)}`);
  await repo.close();
}

/** Heap of a process holding the services for `dataDir`; in its own scope so all of it can be collected after. */
async function servicesMemory(dataDir: string): Promise<void> {
  gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const holding = await open(dataDir, true);
  await holding.drafts.list();
  await holding.handlers.searchDrafts({ query: 'cải cách hành chính' });
  console.log(`services open with ${COUNT} drafts, search index built: ${ms(performance.now() - started)}`);
  gc?.();
  gc?.();
  const after = process.memoryUsage();
  console.log(`heapUsed holding the services (draft index + search index): ${mb(after.heapUsed - before.heapUsed)} (total ${mb(after.heapUsed)}, gc ${gc ? 'forced' : 'not exposed'}), rss ${mb(after.rss)}`);
  holding.dispose();
  await holding.close();
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'baocao-bench-storage-'));
  try {
    const big = bigDraft();
    console.log(`big draft: ${(Buffer.byteLength(JSON.stringify(big, null, 2)) / 1024).toFixed(0)} KB as stored`);
    let started = performance.now();
    const many = join(root, 'many');
    await plant(many, generateDrafts(COUNT, 42));
    console.log(`drafts: ${COUNT}, written in ${ms(performance.now() - started)}`);

    started = performance.now();
    const first = await openDraftRepository({ dataDir: many });
    console.log(`first open (reads every draft, builds index.json): ${ms(performance.now() - started)}`);
    await first.close();

    console.log(`list cold start after a clean close (fresh process): ${coldListInFreshProcesses(many, 9)}`);
    const index = JSON.parse(await readFile(join(many, 'index.json'), 'utf8')) as { folders?: unknown };
    delete index.folders;
    await writeFile(join(many, 'index.json'), JSON.stringify(index));
    console.log(`list cold start after a crash (one stat per draft): ${coldListInFreshProcesses(many, 3)}`);

    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--index-memory', many], { encoding: 'utf8' });
    console.log(child.stdout.trim() || child.stderr);

    // Services first: this builds and saves the search index the autosave runs then load.
    await servicesMemory(many);
    gc?.();

    const few = join(root, 'few');
    await plant(few, generateDrafts(10, 7));
    await autosaveBench('10', few, big);
    await autosaveBench(String(COUNT), many, big);

    console.log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Child mode: the heap a process needs to hold the draft index (no search index). */
async function indexMemory(dataDir: string): Promise<void> {
  gc?.();
  const bare = process.memoryUsage();
  const repo = await openDraftRepository({ dataDir });
  const list = await repo.list();
  gc?.();
  const held = process.memoryUsage();
  console.log(`heapUsed holding the draft index and list (${list.length} drafts, fresh process): ${mb(held.heapUsed - bare.heapUsed)}, rss ${mb(held.rss)}`);
}

if (process.argv[2] === '--cold-list') await coldList(process.argv[3] ?? '');
else if (process.argv[2] === '--index-memory') await indexMemory(process.argv[3] ?? '');
else await main();
