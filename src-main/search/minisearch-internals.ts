/**
 * Read access to minisearch's inverted index, for query-evaluator.ts.
 *
 * MiniSearch declares these fields `protected`: its extension surface for subclasses. minisearch
 * is pinned to an exact version in package.json, draft-search-index.test.ts checks that the
 * evaluator finds what minisearch's own search() finds, and if the fields ever look different
 * `readInternals` returns null and the index falls back to search().
 */
import type MiniSearch from 'minisearch';
import { FUZZY_MIN_LENGTH, type QueryTerm } from './search-terms';

/** Postings of one key: field id → (short document id → term frequency). */
export type FieldTermData = Map<number, Map<number, number>>;

interface RadixView {
  atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
  fuzzyGet(key: string, maxDistance: number): Map<string, [FieldTermData, number]>;
}

/** The protected MiniSearch 7 structures the evaluator reads. */
export interface MiniSearchInternals {
  _index: RadixView;
  /** Short id → document id, live documents only. */
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  /** Short id → length of each field (unique terms); deleted when a document is discarded. */
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  /** One more than the highest short id ever given. */
  _nextId: number;
  _storedFields: Map<number, Record<string, unknown>>;
}

/** The internals of a MiniSearch instance, or null if this version lays them out differently. */
export function readInternals<T>(index: MiniSearch<T>): MiniSearchInternals | null {
  const view = index as unknown as Partial<MiniSearchInternals>;
  const ok =
    typeof view._index?.atPrefix === 'function' &&
    typeof view._index.fuzzyGet === 'function' &&
    view._documentIds instanceof Map &&
    view._fieldLength instanceof Map &&
    view._storedFields instanceof Map &&
    Array.isArray(view._avgFieldLength) &&
    typeof view._fieldIds === 'object' &&
    typeof view._documentCount === 'number' &&
    typeof view._nextId === 'number';
  return ok ? (view as MiniSearchInternals) : null;
}

/** minisearch's default weights for keys found by prefix and by fuzzy lookup. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** One index key a query word matched. */
export interface KeyMatch {
  data: FieldTermData;
  /** 1 for the whole word; less for longer words completing a prefix, or fuzzy neighbours. */
  weight: number;
  /** Its exact half is what the user typed (meaningful for marked words only). */
  exact: boolean;
}

/** The keys a query word matches (see search-terms.ts for the "<folded> <exact>" keys). */
export function matchKeys(internals: MiniSearchInternals, term: QueryTerm): KeyMatch[] {
  const matches: KeyMatch[] = [];
  const seen = new Set<string>();
  for (const [key, data] of internals._index.atPrefix(term.prefix ? term.folded : `${term.folded} `)) {
    const space = key.indexOf(' ');
    const exactPart = key.slice(space + 1);
    const extra = space - term.folded.length;
    // Same curve as minisearch's prefix weighting: longer completions count for less.
    const weight = extra === 0 ? 1 : (PREFIX_WEIGHT * space) / (space + 0.3 * extra);
    const exact = term.prefix ? exactPart.startsWith(term.exact) : exactPart === term.exact;
    matches.push({ data, weight, exact });
    seen.add(key);
  }
  if (!term.marked && term.folded.length >= FUZZY_MIN_LENGTH) {
    // Undiacritized long words have keys "w w": one edit in the word is two in the key.
    for (const [key, [data, distance]] of internals._index.fuzzyGet(`${term.folded} ${term.folded}`, 2)) {
      if (!seen.has(key)) matches.push({ data, weight: (FUZZY_WEIGHT * key.length) / (key.length + distance), exact: false });
    }
  }
  return matches;
}
