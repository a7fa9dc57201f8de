/**
 * Search benchmark: 10,000 generated drafts, index build, persist and reload, 100 queries.
 * Run: node --expose-gc --import tsx bench/search.ts [drafts=10000]
 * Prints plain "name: value" lines. Wall-clock latencies depend on machine load (printed at the
 * end); CPU time per query is printed beside them as the less load-sensitive figure.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DraftSchema, type Draft } from '../src-main/shared/domain/draft-schema';
import { foldVietnamese } from '../src-main/shared/domain/vn-fold';
import { DraftSearchIndex } from '../src-main/search/draft-search-index';
import { draftSearchText, SEARCH_FIELDS } from '../src-main/search/draft-text';
import { openSearchService, SEARCH_INDEX_FILE, type SearchService, type SearchServiceOptions } from '../src-main/search/search-service';
import { generateDrafts, prng } from './generate-drafts';

const COUNT = Number(process.argv[2] ?? 10_000);
const QUERIES = 100;
const WARM_UP = 50;
const gc = (globalThis as { gc?: () => void }).gc;

function heap(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * What people type: one to three consecutive words they remember from a draft's title, body,
 * agency or signer; half without diacritics, a fifth with the last word still being typed.
 */
function makeQueries(drafts: readonly Draft[], n: number, seed: number): string[] {
  const random = prng(seed);
  const fields = ['title', 'title', 'body', 'body', 'agencies', 'signer'] as const;
  const queries: string[] = [];
  while (queries.length < n) {
    const draft = drafts[Math.floor(random() * drafts.length)];
    const field = fields[Math.floor(random() * fields.length)];
    if (!draft || !field) continue;
    const words = draftSearchText(draft)[field].split(/[\s\p{P}]+/u).filter((w) => /\p{L}/u.test(w));
    const size = 1 + Math.floor(random() * 3);
    const at = Math.floor(random() * Math.max(1, words.length - size));
    let query = words.slice(at, at + size).join(' ');
    if (!query) continue;
    if (random() < 0.5) query = foldVietnamese(query);
    const last = query.split(' ').pop() ?? '';
    if (random() < 0.2 && last.length > 3) query = query.slice(0, query.length - Math.floor(last.length / 2));
    queries.push(query);
  }
  return queries;
}

/** Times each query (wall and CPU) and prints median and p95. */
async function measure(label: string, queries: readonly string[], run: (query: string) => unknown): Promise<void> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const query of queries) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await run(query);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(`${label} median: ${ms(percentile(wall, 50))}`);
  console.log(`${label} p95: ${ms(percentile(wall, 95))} (cpu p95 ${ms(percentile(cpu, 95))}, max ${ms(percentile(wall, 100))})`);
}

/** Rebuilds through the service and writes the file; in its own scope so that index can be collected. */
async function buildAndPersist(options: SearchServiceOptions): Promise<void> {
  let started = performance.now();
  const builder = openSearchService(options);
  await builder.ready;
  console.log(`index build: ${ms(performance.now() - started)} (${builder.size} drafts)`);
  started = performance.now();
  await builder.flush();
  const fileSize = (await stat(join(options.dataDir, SEARCH_INDEX_FILE))).size;
  console.log(`index persist: ${ms(performance.now() - started)}, file ${mb(fileSize)}`);
}

/** What keeping a plain-text copy of every draft for snippets would cost instead of loading drafts. */
function plainCopyBytes(drafts: readonly Draft[]): number {
  const before = heap();
  const copies = drafts.map((draft) => SEARCH_FIELDS.map((field) => draftSearchText(draft)[field]).join('\u0001'));
  const after = heap();
  return copies.length > 0 ? after - before : 0;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'baocao-bench-search-'));
  const draftsDir = join(dir, 'drafts');
  await mkdir(draftsDir);
  try {
    const baseline = heap();
    const started = performance.now();
    let drafts: Draft[] | null = generateDrafts(COUNT, 42);
    console.log(`drafts: ${COUNT}, generated in ${ms(performance.now() - started)}`);
    const sizes = await Promise.all(
      drafts.map(async (draft) => {
        const json = JSON.stringify(draft);
        await writeFile(join(draftsDir, `${draft.meta.id}.json`), json);
        return Buffer.byteLength(json);
      }),
    );
    console.log(`draft size: median ${(percentile(sizes, 50) / 1024).toFixed(1)} KB, max ${(percentile(sizes, 100) / 1024).toFixed(1)} KB`);
    const queries = makeQueries(drafts, QUERIES, 7);
    const warmUp = makeQueries(drafts, WARM_UP, 11);
    console.log(`plain-text copy of all drafts (not kept): ${mb(plainCopyBytes(drafts))}`);

    // Drafts for snippets: from disk like a repository without cache (read, parse, validate), or
    // from memory with a structured clone like the repository's cached get().
    const cache = new Map<string, Draft>();
    let fromMemory = false;
    const loadDraft = async (id: string): Promise<Draft> => {
      const cached = fromMemory ? cache.get(id) : undefined;
      if (cached) return structuredClone(cached);
      return DraftSchema.parse(JSON.parse(await readFile(join(draftsDir, `${id}.json`), 'utf8')));
    };
    const common = { dataDir: dir, fingerprint: async () => 'bench', loadDraft, onError: (e: unknown) => console.error(e) };
    await buildAndPersist({ ...common, loadAllDrafts: async function* () { yield* drafts ?? []; } });
    drafts = null;

    let loadStarted = performance.now();
    let service: SearchService | null = openSearchService({ ...common, loadAllDrafts: () => { throw new Error('expected the persisted index'); } });
    const origin = await service.ready;
    console.log(`index load (${origin}): ${ms(performance.now() - loadStarted)}`);
    const withIndex = heap();
    console.log(`heapUsed holding index: ${mb(withIndex - baseline)} (heap total ${mb(withIndex)}, gc ${gc ? 'forced' : 'not exposed: run with --expose-gc'})`);
    console.log(`rss holding index: ${mb(process.memoryUsage().rss)}`);

    console.log(`queries: ${QUERIES} after ${WARM_UP} warm-up (e.g. ${queries.slice(0, 5).map((q) => JSON.stringify(q)).join(', ')})`);
    const open = service;
    for (const query of warmUp) await open.search(query);
    await measure('search (20 hits, snippets from disk)', queries, (query) => open.search(query));
    // Only the drafts these queries show are cached: the rest of a repository's cache costs no time.
    fromMemory = true;
    for (const id of (await Promise.all(queries.map((q) => open.search(q)))).flat().map((hit) => hit.id)) {
      cache.set(id, DraftSchema.parse(JSON.parse(await readFile(join(draftsDir, `${id}.json`), 'utf8'))));
    }
    await measure('search (20 hits, snippets from cached drafts)', queries, (query) => open.search(query));
    await measure('search (200 hits, first 20 with snippets, cached)', queries, (query) => open.search(query, { limit: 200 }));
    service = null;
    cache.clear();

    heap();
    loadStarted = performance.now();
    const index = DraftSearchIndex.fromJSON((await readFile(join(dir, SEARCH_INDEX_FILE), 'utf8')).split('\n').slice(1).join('\n'));
    console.log(`index load (sync, no service): ${ms(performance.now() - loadStarted)}`);
    for (const query of warmUp) index.search(query, { limit: 20 });
    await measure('index only (20 hits)', queries, (query) => index.search(query, { limit: 20 }));
    console.log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
