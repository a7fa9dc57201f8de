/**
 * Full-text search over all drafts, on minisearch. See search-terms.ts for how diacritic-
 * insensitive matching and exact-first ranking work.
 *
 * Memory: only the inverted index and four small stored fields per draft (title, year, status,
 * updatedAt) stay in memory. Snippets of title hits come from the stored title; for other fields
 * the caller (search-service.ts) loads the few drafts shown and calls hitSnippet. A plain-text
 * copy of every draft would have been simpler but measured 165 MB at 10,000 drafts (Vietnamese
 * strings take two bytes a character in V8), more than the index itself (160 MB); loading the
 * ≤ 20 drafts on a results page costs a few milliseconds from the repository's cache and about
 * 20 ms from disk (bench/search.ts).
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { Draft } from '../shared/domain/draft-schema';
import { highlightRanges, snippet, TOKEN_SEPARATOR, type TextRange } from '../shared/domain/vn-fold';
import { draftSearchText, SEARCH_FIELDS, type DraftSearchText, type SearchField } from './draft-text';
import { readInternals } from './minisearch-internals';
import { evaluate, MAX_QUERY_TERMS, type EvaluatedHit } from './query-evaluator';
import { topK } from './top-k';
import { bestField, buildQuery, indexKey, isExactMatch, parseQuery, type QueryTerm } from './search-terms';

/** Bump when keys, fields or tokenizing change: a persisted index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

type Status = Draft['meta']['status'];

/** What the index holds per draft: the searched texts plus the stored fields. */
interface IndexedDraft extends DraftSearchText {
  id: string;
  year: number;
  status: Status;
  updatedAt: string;
}

/** The fields kept per draft for filtering and listing; everything else is only in the postings. */
interface StoredFields {
  title: string;
  year: number;
  status: Status;
  updatedAt: string;
}

/** One search result. */
export interface SearchHit {
  id: string;
  title: string;
  year: number;
  status: Status;
  updatedAt: string;
  score: number;
  /** Every word typed with diacritics matched with those diacritics; such hits come first. */
  exact: boolean;
  /** The field where most query words matched. */
  field: SearchField;
  /** An excerpt of that field (of the title until the service fills it in). */
  snippet: string;
  /** [start, end) offsets of the matched words within `snippet`. */
  highlights: TextRange[];
}

/** Options of a search. */
export interface SearchOptions {
  /** Only drafts dated (header.date.year) in this year. */
  year?: number;
  status?: Status;
  /** At most this many hits; 50 by default. */
  limit?: number;
  /**
   * 'fast' (default) evaluates on minisearch's index directly (query-evaluator.ts); 'minisearch'
   * goes through minisearch's own search(), slower, kept as the reference the tests compare with.
   */
  engine?: 'fast' | 'minisearch';
}

/** Field boosts: a word in the title says more about a draft than the same word in its body. */
const BOOST: Record<SearchField, number> = { title: 3, agencies: 2, recipients: 1.5, signer: 1.5, body: 1 };
/** Characters of context either side of the first match in a snippet. */
const SNIPPET_RADIUS = 60;

const OPTIONS: Options<IndexedDraft> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: ['title', 'year', 'status', 'updatedAt'],
  tokenize: (text) => text.split(TOKEN_SEPARATOR),
  processTerm: (term) => indexKey(term),
  // Query trees carry ready-made keys: no second tokenizing or folding at search time.
  searchOptions: { tokenize: (text) => [text], processTerm: (term) => term, boost: BOOST, weights: { prefix: 1, fuzzy: 0.45 } },
};

/** Exact-diacritic matches first, then score, then the newest; the id keeps the order total. */
function byRank(a: EvaluatedHit, b: EvaluatedHit): number {
  if (a.exact !== b.exact) return a.exact ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  const newer = String(b.stored['updatedAt']).localeCompare(String(a.stored['updatedAt']));
  return newer !== 0 ? newer : a.id < b.id ? -1 : 1;
}

function toIndexed(draft: Draft): IndexedDraft {
  return {
    id: draft.meta.id,
    ...draftSearchText(draft),
    year: draft.header.date.year,
    status: draft.meta.status,
    updatedAt: draft.meta.updatedAt,
  };
}

/** The excerpt and highlights of one field's text for a query. */
export function hitSnippet(text: string, query: string): { snippet: string; highlights: TextRange[] } {
  const excerpt = snippet(text, highlightRanges(text, query, { prefixLast: !/[\s\p{Z}\p{P}]$/u.test(query) }), SNIPPET_RADIUS);
  return { snippet: excerpt.text, highlights: excerpt.highlights };
}

/** The in-memory search index of all drafts. */
export class DraftSearchIndex {
  private constructor(private readonly index: MiniSearch<IndexedDraft>) {}

  /** An empty index. */
  static create(): DraftSearchIndex {
    return new DraftSearchIndex(new MiniSearch(OPTIONS));
  }

  /** An index from toJSON() output (a JSON string or the parsed object); throws on a malformed one. */
  static fromJSON(json: string | AsPlainObject): DraftSearchIndex {
    const index = typeof json === 'string' ? MiniSearch.loadJSON(json, OPTIONS) : MiniSearch.loadJS(json, OPTIONS);
    return new DraftSearchIndex(index);
  }

  /** Like fromJSON, in chunks that let the event loop breathe (a large index takes a second). */
  static async fromJSONAsync(json: AsPlainObject): Promise<DraftSearchIndex> {
    return new DraftSearchIndex(await MiniSearch.loadJSAsync(json, OPTIONS));
  }

  /** How many drafts are indexed. */
  get size(): number {
    return this.index.documentCount;
  }

  /** Whether a draft is indexed. */
  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Indexes a draft, replacing an indexed draft with the same id. */
  add(draft: Draft): void {
    const doc = toIndexed(draft);
    if (this.index.has(doc.id)) this.index.replace(doc);
    else this.index.add(doc);
  }

  /** Re-indexes a changed draft (same as add: replace or insert). */
  update(draft: Draft): void {
    this.add(draft);
  }

  /** Drops a draft; unknown ids are ignored. */
  remove(id: string): void {
    // discard needs no copy of the draft's text; minisearch cleans the postings lazily.
    if (this.index.has(id)) this.index.discard(id);
  }

  /** Hits for a query, exact-diacritic matches first, then by relevance, then newest. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const terms = parseQuery(query).slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0) return [];
    const { year, status, limit = 50, engine = 'fast' } = options;
    const keep =
      year === undefined && status === undefined
        ? undefined
        : (stored: Record<string, unknown>): boolean =>
            (year === undefined || stored['year'] === year) && (status === undefined || stored['status'] === status);
    const internals = engine === 'fast' ? readInternals(this.index) : null;
    const best = internals ? evaluate(internals, terms, BOOST, keep, limit) : this.reference(terms, keep, limit);
    return best.map(({ id, score, exact, field, stored }) => {
      const { title, year: draftYear, status: draftStatus, updatedAt } = stored as unknown as StoredFields;
      return { id, title, year: draftYear, status: draftStatus, updatedAt, score, exact, field, ...hitSnippet(title, query) };
    });
  }

  /** The same search through minisearch's own search(): the fallback, and the tests' yardstick. */
  private reference(terms: QueryTerm[], keep: ((stored: Record<string, unknown>) => boolean) | undefined, limit: number): EvaluatedHit[] {
    const results = this.index.search(buildQuery(terms), { filter: keep ? (result) => keep(result) : undefined });
    const candidates = results.map((result: SearchResult) => ({
      id: String(result.id),
      score: result.score,
      exact: isExactMatch(result, terms),
      field: bestField(result, terms),
      stored: result as unknown as Record<string, unknown>,
    }));
    return topK(candidates, limit, byRank);
  }

  /** The index as a plain object for JSON.stringify; read it back with fromJSON. */
  toJSON(): AsPlainObject {
    return this.index.toJSON();
  }
}

/** An empty draft search index. */
export function createDraftSearch(): DraftSearchIndex {
  return DraftSearchIndex.create();
}
