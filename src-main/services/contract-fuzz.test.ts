/**
 * Hostile and random values sent to every contract method through each way in: dispatch itself,
 * the loopback HTTP transport and the IPC registration with a fake sender. Every answer must be
 * a clean error value (never an exception, a rejected call or an HTTP 500), each call must end
 * in bounded time and memory, and every stored file must be byte-identical afterwards.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import seed from '../../e2e/fixtures/drafts/seed-quang-tri.json';
import { startLoopbackServer, type LoopbackServer } from '../http/loopback-server';
import { registerIpcHandlers } from '../ipc/handle';
import { contract, METHOD_NAMES, type MethodName } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import { ERROR_CODES, type ApiResult } from '../shared/api/errors';
import { channelOf } from '../shared/api/method-names';
import { DraftSchema, type Draft } from '../shared/domain/draft-schema';
import { removeDir, tempDir } from '../storage/test-support';
import { folderDialogs, openServices, type Services } from './open-services';

/** One call may take this long before it counts as hanging (generous: a loaded CI machine). */
const CALL_BOUND_MS = 15_000;
/** The process may not grow past this while the fuzzer runs (a 60 MB string is sent at most once at a time). */
const RSS_BOUND_BYTES = 2.5 * 1024 ** 3;

/** A small deterministic generator, so a failure can be replayed. */
function prng(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A value nested `depth` levels deep (objects or arrays), built without recursion. */
function nested(depth: number, kind: 'object' | 'array'): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = kind === 'object' ? { a: value } : [value];
  return value;
}

/** Sections nested `depth` levels deep. */
function deepSections(depth: number): unknown[] {
  let children: unknown[] = [];
  for (let i = 0; i < depth; i++) children = [{ id: `s${i}`, title: 't', blocks: [], children }];
  return children;
}

const HUGE = 'A'.repeat(25 * 1024 * 1024);
const NUL_AND_SURROGATES = 'a\u0000b\ud800c\udfffd\u0000';

/** Values of every shape a caller could send, hostile ones first. */
function hostileValues(random: () => number): unknown[] {
  const protoKeys = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown;
  const randomString = () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => String.fromCharCode(Math.floor(random() * 0xffff))).join('');
  const randoms = Array.from({ length: 12 }, (_, i) => {
    switch (i % 6) {
      case 0:
        return randomString();
      case 1:
        return Math.floor(random() * 2 ** 40) * (random() < 0.5 ? -1 : 1);
      case 2:
        return random() < 0.5;
      case 3:
        return [randomString(), random()];
      case 4:
        return { [randomString()]: randomString() };
      default:
        return random() * 1e308;
    }
  });
  return [
    null,
    true,
    0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    NUL_AND_SURROGATES,
    HUGE,
    [],
    [null],
    {},
    protoKeys,
    { toString: 'x', valueOf: 1, hasOwnProperty: null },
    nested(100_000, 'object'),
    nested(100_000, 'array'),
    ...randoms,
  ];
}

/** Valid arguments for each method, so that a single field can be broken at a time. */
function baseArgs(draft: Draft): { [M in MethodName]?: Record<string, unknown> } {
  const id = draft.meta.id;
  return {
    getDraft: { id },
    saveDraft: { draft, expectedUpdatedAt: draft.meta.updatedAt },
    deleteDraft: { id },
    exportDocx: { id },
    deleteDrafts: { ids: [id] },
    duplicateDraft: { id },
    newPeriodDraft: { id },
    searchDrafts: { query: 'báo cáo', limit: 5 },
    listRevisions: { id },
    getRevision: { id, revision: 1 },
    saveRevision: { id },
    restoreRevision: { id, revision: 1 },
    restoreFromTrash: { id },
    exportDrafts: { ids: [id] },
    importDrafts: { fileName: 'a.baocao', content: '{}' },
    restoreBackup: { name: 'auto-2026-01-01.zip' },
    saveSettings: { settings: {} },
  };
}

/** Drafts that are each broken in one hostile way (deep, huge, wrong types, NUL in an id). */
function hostileDrafts(draft: Draft): unknown[] {
  const clone = () => structuredClone(draft) as unknown as Record<string, unknown>;
  const withField = (path: string[], value: unknown) => {
    const copy = clone();
    let at = copy as Record<string, unknown>;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[path.at(-1) as string] = value;
    return copy;
  };
  return [
    withField(['sections'], deepSections(1000)),
    withField(['sections'], deepSections(100_000)),
    withField(['title'], HUGE),
    withField(['meta', 'id'], NUL_AND_SURROGATES),
    withField(['schemaVersion'], 999),
    withField(['header', 'date'], { day: '1', month: 13, year: -1 }),
    withField(['kinhGui'], Array.from({ length: 100_000 }, () => 'Bộ Nội vụ')),
    withField(['opening'], [{ type: 'script', content: '<script>' }]),
    withField(['signer'], { authority: [{ prefix: 'TM.', title: 'A' }, { prefix: 'TM.', title: 'B' }], title: '', name: '' }),
    withField(['noiNhan'], nested(10_000, 'object')),
  ];
}

/**
 * The calls the fuzzer makes: for each method, hostile values in place of the whole argument
 * object, and in place of each field of a valid one. Only calls that the method's own argument
 * schema refuses are kept, so each of them must come back as an error value.
 */
function fuzzCases(draft: Draft): Array<{ method: MethodName; args: unknown; what: string }> {
  const random = prng(20261201);
  const values = hostileValues(random);
  const bases = baseArgs(draft);
  const cases: Array<{ method: MethodName; args: unknown; what: string }> = [];
  const refused = (method: MethodName, args: unknown): boolean => {
    try {
      return !contract[method].args.safeParse(args).success;
    } catch {
      return true; // the schema itself gave up: dispatch must turn that into a value
    }
  };
  for (const method of METHOD_NAMES) {
    for (const [i, value] of values.entries()) {
      if (value !== undefined && refused(method, value)) cases.push({ method, args: value, what: `whole #${i}` });
      const extra = { ...(bases[method] ?? {}), ['__unknown_key']: value };
      if (refused(method, extra)) cases.push({ method, args: extra, what: `extra key #${i}` });
    }
    for (const field of Object.keys(bases[method] ?? {})) {
      const candidates = field === 'draft' ? [...values, ...hostileDrafts(draft)] : values;
      for (const [i, value] of candidates.entries()) {
        const args = { ...bases[method], [field]: value };
        if (refused(method, args)) cases.push({ method, args, what: `${field} #${i}` });
      }
    }
  }
  return cases;
}

/** Every stored file under `dir` with a hash of its bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(path, createHash('sha256').update(await readFile(path)).digest('hex'));
    }
  };
  await walk(dir);
  return files;
}

function expectCleanError(result: unknown, what: string): void {
  const value = result as ApiResult<unknown>;
  expect(value, what).toMatchObject({ ok: false });
  if (value.ok) return;
  expect(ERROR_CODES, what).toContain(value.error.code);
  expect(value.error.code, what).not.toBe('INTERNAL');
  expect(typeof value.error.message, what).toBe('string');
  expect(value.error.message.length, what).toBeGreaterThan(0);
}

/**
 * What a transport can carry of a value: a value its serialiser cannot even encode (nested past
 * the serialiser's own stack) never reaches main that way; the raw-body cases cover the parser.
 */
function carried<T>(encode: () => T): T | undefined {
  try {
    return encode();
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

async function bounded<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${CALL_BOUND_MS} ms`)), CALL_BOUND_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let root: string;
let dataDir: string;
let services: Services;
let server: LoopbackServer;
let draft: Draft;
let before: Map<string, string>;
let peakRss = 0;
const unexpected: unknown[] = [];
const sampleRss = () => void (peakRss = Math.max(peakRss, process.memoryUsage().rss));

beforeAll(async () => {
  root = await tempDir('baocao-fuzz-');
  dataDir = join(root, 'data');
  await mkdir(join(root, 'exports'), { recursive: true });
  services = await openServices({ dataDir, version: 'fuzz', transport: 'http', dialogs: folderDialogs(join(root, 'exports')) });
  draft = await services.drafts.create(DraftSchema.parse(structuredClone(seed)));
  await services.handlers.saveRevision({ id: draft.meta.id });
  const trashed = await services.handlers.createDraft({});
  await services.handlers.deleteDraft({ id: trashed.meta.id });
  draft = await services.handlers.getDraft({ id: draft.meta.id });
  await services.close();
  server = await startLoopbackServer({ handlers: services.handlers, staticDir: root, onUnexpected: (e) => unexpected.push(e) });
  before = await snapshot(root);
});

afterAll(async () => {
  await server?.close();
  services?.dispose();
  await removeDir(root);
});

describe('every contract method refuses hostile input cleanly', () => {
  it('through dispatch', async () => {
    const cases = fuzzCases(draft);
    expect(new Set(cases.map((c) => c.method))).toEqual(new Set(METHOD_NAMES));
    for (const { method, args, what } of cases) {
      const result = await bounded(dispatch(services.handlers, method, args, (e) => unexpected.push(e)), `${method} ${what}`);
      expectCleanError(result, `${method} ${what}`);
      sampleRss();
    }
    expect(unexpected).toEqual([]);
  }, 600_000);

  it('through the loopback HTTP transport', async () => {
    const post = (method: string, body: string) =>
      fetch(`${server.url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    for (const { method, args, what } of fuzzCases(draft)) {
      const body = carried(() => JSON.stringify(args));
      if (body === undefined) continue;
      const response = await bounded(post(method, body), `${method} ${what}`);
      expect(response.status, `${method} ${what}`).not.toBe(500);
      expectCleanError(await response.json(), `${method} ${what}`);
      sampleRss();
    }
    // Bodies no serialiser would produce: broken JSON, JSON nested past any parser, and a body over the cap.
    for (const body of ['{', '[' .repeat(2_000_000), `{"id":"${'\\ud800'.repeat(10)}"}`, `"${'x'.repeat(40 * 1024 * 1024)}"`]) {
      const response = await bounded(post('getDraft', body), 'raw body');
      expect(response.status).not.toBe(500);
      expectCleanError(await response.json(), 'raw body');
    }
    expect(unexpected).toEqual([]);
  }, 600_000);

  it('through the IPC registration, with a trusted and an untrusted fake sender', async () => {
    const registered = new Map<string, (event: unknown, args: unknown) => unknown>();
    const ipcMain = { handle: (channel: string, listener: (event: unknown, args: unknown) => unknown) => void registered.set(channel, listener) };
    const ours = { id: 'main-frame' };
    registerIpcHandlers(ipcMain as unknown as Parameters<typeof registerIpcHandlers>[0], services.handlers, (event) => event.senderFrame === (ours as never), (e) =>
      unexpected.push(e),
    );
    for (const { method, args, what } of fuzzCases(draft)) {
      const listener = registered.get(channelOf(method));
      expect(listener, method).toBeDefined();
      // IPC carries a structured clone of what the renderer sent.
      const cloned = carried(() => structuredClone(args));
      if (cloned === undefined) continue;
      expectCleanError(await bounded(Promise.resolve(listener?.({ senderFrame: ours }, cloned)), `${method} ${what}`), `${method} ${what}`);
      const refused = (await listener?.({ senderFrame: { id: 'subframe' } }, cloned)) as ApiResult<unknown>;
      expect(refused, `${method} ${what}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      sampleRss();
    }
    expect(unexpected).toEqual([]);
  }, 600_000);

  it('left every stored file byte-identical, the prototype clean and memory bounded', async () => {
    expect(await snapshot(root)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(peakRss).toBeLessThan(RSS_BOUND_BYTES);
  });
});
