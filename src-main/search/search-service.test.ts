import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../shared/domain/draft-schema';
import { foldVietnamese } from '../shared/domain/vn-fold';
import { testDraft } from './fixtures';
import {
  openSearchService as openService,
  SEARCH_INDEX_FILE,
  SNIPPET_LOADS,
  type SearchService,
  type SearchServiceOptions,
} from './search-service';

let dir: string;
let drafts: Map<string, Draft>;
let fingerprint: string;
let loadAllCalls: number;
let errors: unknown[];
let opened: SearchService[] = [];

/** Opens a service and remembers it, so each test's index writes finish before its folder goes. */
function openSearchService(opts: SearchServiceOptions): SearchService {
  const service = openService(opts);
  opened.push(service);
  return service;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baocao-search-'));
  drafts = new Map(
    [
      testDraft({ id: 'draft-qt', title: 'Báo cáo tình hình tỉnh Quảng Trị', year: 2023 }),
      testDraft({
        id: 'draft-dt',
        title: 'Báo cáo kết quả năm 2024',
        body: 'Kết quả thực hiện chương trình hỗ trợ đồng bào Dân tộc thiểu số trên địa bàn tỉnh',
        status: 'final',
      }),
    ].map((draft) => [draft.meta.id, draft]),
  );
  fingerprint = 'v1';
  loadAllCalls = 0;
  errors = [];
});

afterEach(async () => {
  for (const service of opened) await service.ready.then(() => service.flush()).catch(() => {});
  opened = [];
  await rm(dir, { recursive: true, force: true });
});

function options(extra: Partial<SearchServiceOptions> = {}): SearchServiceOptions {
  return {
    dataDir: dir,
    loadAllDrafts: async function* () {
      loadAllCalls += 1;
      yield* [...drafts.values()];
    },
    fingerprint: async () => fingerprint,
    loadDraft: async (id) => {
      const draft = drafts.get(id);
      if (!draft) throw new Error(`no draft ${id}`);
      return draft;
    },
    onError: (error) => errors.push(error),
    ...extra,
  };
}

const indexFile = (): string => join(dir, SEARCH_INDEX_FILE);

describe('opening', () => {
  it('rebuilds without a file, writes it, and reuses it while the fingerprint matches', async () => {
    const first = openSearchService(options());
    expect(await first.ready).toBe('rebuilt');
    await first.flush();
    expect((await readFile(indexFile(), 'utf8')).split('\n', 1)[0]).toContain('"fingerprint":"v1"');

    const second = openSearchService(options());
    expect(await second.ready).toBe('loaded');
    expect(loadAllCalls).toBe(1);
    expect(second.size).toBe(2);
    expect((await second.search('quang tri')).map((hit) => hit.id)).toEqual(['draft-qt']);
  });

  it('rebuilds when the fingerprint differs', async () => {
    await openSearchService(options()).flush();
    fingerprint = 'v2';
    drafts.set('draft-new', testDraft({ id: 'draft-new', title: 'Báo cáo công tác Đắk Lắk' }));
    const service = openSearchService(options());
    expect(await service.ready).toBe('rebuilt');
    expect((await service.search('dak lak')).map((hit) => hit.id)).toEqual(['draft-new']);
  });

  it.each([
    ['garbage', 'not json at all'],
    ['a truncated file', '{"format":"soan-bao-cao/search-index","version":1,"fingerprint":"v1"}\n{"documentCount":'],
    ['another format', '{"format":"something-else","version":1,"fingerprint":"v1"}\n{}'],
    ['an empty file', ''],
  ])('rebuilds over %s without throwing, and replaces it', async (_name, content) => {
    await writeFile(indexFile(), content);
    const service = openSearchService(options());
    expect(await service.ready).toBe('rebuilt');
    expect((await service.search('Dân tộc')).map((hit) => hit.id)).toEqual(['draft-dt']);
    await service.flush();
    expect(await openSearchService(options()).ready).toBe('loaded');
  });

  it('keeps searching but does not persist when reading all drafts fails', async () => {
    const service = openSearchService(
      options({
        loadAllDrafts: async function* () {
          yield testDraft({ id: 'draft-one', title: 'Một bản thảo' });
          throw new Error('disk gone');
        },
      }),
    );
    expect(await service.ready).toBe('rebuilt');
    expect(errors).toHaveLength(1);
    expect((await service.search('mot ban thao')).map((hit) => hit.id)).toEqual(['draft-one']);
    await service.flush();
    await expect(readFile(indexFile(), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('changes', () => {
  it('reflects saves and removals, and persists them', async () => {
    const service = openSearchService(options());
    await service.ready;
    const changed = testDraft({ id: 'draft-qt', title: 'Báo cáo phòng chống thiên tai', year: 2023 });
    drafts.set('draft-qt', changed);
    service.onDraftSaved(changed);
    expect(await service.search('quang tri')).toEqual([]);
    expect((await service.search('thien tai')).map((hit) => hit.id)).toEqual(['draft-qt']);
    drafts.delete('draft-dt');
    service.onDraftRemoved('draft-dt');
    expect(await service.search('dan toc')).toEqual([]);

    fingerprint = 'v2';
    await service.flush();
    const reopened = openSearchService(options());
    expect(await reopened.ready).toBe('loaded');
    expect(reopened.size).toBe(1);
    expect((await reopened.search('thien tai')).map((hit) => hit.id)).toEqual(['draft-qt']);
  });

  it('applies changes made while the index was still building, after it', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const service = openSearchService(
      options({
        loadAllDrafts: async function* () {
          await gate;
          yield* [...drafts.values()]; // the old versions, read before the save below landed
        },
      }),
    );
    const saved = testDraft({ id: 'draft-qt', title: 'Báo cáo công tác văn thư' });
    service.onDraftSaved(saved);
    service.onDraftRemoved('draft-dt');
    release();
    await service.ready;
    expect((await service.search('van thu')).map((hit) => hit.id)).toEqual(['draft-qt']);
    expect(await service.search('quang tri')).toEqual([]);
    expect(service.size).toBe(1);
  });

  it('writes on its own once changes settle', async () => {
    const service = openSearchService(options({ persistDelayMs: 20 }));
    await service.ready;
    await service.flush();
    fingerprint = 'v2';
    service.onDraftSaved(testDraft({ id: 'draft-late', title: 'Báo cáo bổ sung' }));
    await vi.waitFor(async () => expect(await readFile(indexFile(), 'utf8')).toContain('"fingerprint":"v2"'));
  });
});

describe('search results', () => {
  it('filters by year and status', async () => {
    const service = openSearchService(options());
    expect((await service.search('bao cao', { year: 2023 })).map((hit) => hit.id)).toEqual(['draft-qt']);
    expect((await service.search('bao cao', { status: 'final' })).map((hit) => hit.id)).toEqual(['draft-dt']);
  });

  it('loads a body hit to show a snippet with the original words highlighted', async () => {
    const service = openSearchService(options());
    const [hit] = await service.search('dan toc thieu so');
    expect(hit).toMatchObject({ id: 'draft-dt', field: 'body', exact: true });
    expect(hit?.snippet).toContain('đồng bào Dân tộc thiểu số');
    const words = hit?.highlights.map(([s, e]) => hit.snippet.slice(s, e));
    expect(words).toEqual(['Dân', 'tộc', 'thiểu', 'số']);
    expect(words?.map(foldVietnamese)).toEqual(['dan', 'toc', 'thieu', 'so']);
  });

  it('keeps the title snippet when the draft cannot be loaded', async () => {
    const service = openSearchService(options());
    await service.ready;
    drafts.delete('draft-dt');
    const [hit] = await service.search('dân tộc');
    expect(hit).toMatchObject({ id: 'draft-dt', snippet: 'Báo cáo kết quả năm 2024', highlights: [] });
  });
});

describe('many hits', () => {
  it('loads drafts for the first SNIPPET_LOADS hits only', async () => {
    for (let i = 0; i < SNIPPET_LOADS + 5; i += 1) {
      const id = `draft-many-${String(i).padStart(3, '0')}`;
      drafts.set(id, testDraft({ id, title: `Báo cáo số ${i}`, body: 'nội dung về phòng chống thiên tai' }));
    }
    let loads = 0;
    const service = openSearchService(
      options({
        loadDraft: async (id) => {
          loads += 1;
          return drafts.get(id) ?? Promise.reject(new Error('missing'));
        },
      }),
    );
    const hits = await service.search('thien tai', { limit: 100 });
    expect(hits).toHaveLength(SNIPPET_LOADS + 5);
    expect(loads).toBe(SNIPPET_LOADS);
    expect(hits.at(-1)?.snippet).toMatch(/^Báo cáo số/);
  });
});
