/**
 * A lean AND-query evaluator over minisearch's own inverted index (see minisearch-internals.ts).
 *
 * Why not minisearch's search(): it allocates a result object per document per matched key and
 * another per AND step, about 1.3 µs per posting on a slow office PC. Vietnamese report prose
 * repeats the same syllables (công, tác, báo, cáo, kết, quả) in every draft, so an everyday query
 * touches tens of thousands of postings at 10,000 drafts and took 60–200 ms there. Summing the
 * same BM25 into typed arrays, rarest word first, and picking the top hits without a full sort
 * does it 5–10× faster.
 */
import { SEARCH_FIELDS, type SearchField } from './draft-text';
import { matchKeys, type KeyMatch, type MiniSearchInternals } from './minisearch-internals';
import type { QueryTerm } from './search-terms';
import { topK } from './top-k';

/** A ranked document that matched every query word. */
export interface EvaluatedHit {
  id: string;
  score: number;
  exact: boolean;
  field: SearchField;
  stored: Record<string, unknown>;
}

/** minisearch's BM25+ defaults, so scores rank as its search() would. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** AND masks are 32-bit ints; words past this many are ignored (nobody types 24 into a search box). */
export const MAX_QUERY_TERMS = 24;

/**
 * Short id → slot in the current query's arrays, -1 when untouched; reset after each query.
 * Shared by all indexes: evaluation is synchronous. Short ids grow with every save and are never
 * reused, which is why the per-query arrays are indexed by slot, not by short id.
 */
let slotTable = new Int32Array(0);

function slotsFor(size: number): Int32Array {
  if (slotTable.length < size) {
    slotTable = new Int32Array(Math.max(size, slotTable.length * 2, 1024)).fill(-1);
  }
  return slotTable;
}

interface Plan {
  bit: number;
  matches: KeyMatch[];
  /** Postings to visit: the rarest word goes first and fixes the candidates. */
  cost: number;
}

function plan(internals: MiniSearchInternals, term: QueryTerm, i: number): Plan {
  const matches = matchKeys(internals, term);
  let cost = 0;
  for (const match of matches) for (const postings of match.data.values()) cost += postings.size;
  return { bit: 1 << i, matches, cost };
}

/**
 * The `limit` best live documents holding every query word: exact-diacritic matches first, then
 * by BM25 (summed over words, keys and fields, weighted by `boost`), then newest, then id.
 * `keep` filters on the stored fields.
 */
export function evaluate(
  internals: MiniSearchInternals,
  terms: readonly QueryTerm[],
  boost: Readonly<Record<SearchField, number>>,
  keep: ((stored: Record<string, unknown>) => boolean) | undefined,
  limit: number,
): EvaluatedHit[] {
  const used = terms.slice(0, MAX_QUERY_TERMS);
  const plans = used.map((term, i) => plan(internals, term, i)).sort((a, b) => a.cost - b.cost);
  if (plans.length === 0 || plans.some((p) => p.cost === 0)) return [];
  const total = internals._documentCount;
  const slots = slotsFor(internals._nextId);
  // Only live documents get slots (discarded ones have no field lengths), so `total` suffices.
  const docs = new Int32Array(total);
  const lengths: number[][] = new Array<number[]>(total);
  const score = new Float64Array(total);
  const seen = new Uint32Array(total);
  const exact = new Uint32Array(total);
  const fields = SEARCH_FIELDS.map(() => new Uint32Array(total));
  let count = 0;
  try {
    plans.forEach(({ bit, matches }, order) => {
      for (const match of matches) {
        SEARCH_FIELDS.forEach((field, f) => {
          const fieldId = internals._fieldIds[field];
          const postings = fieldId === undefined ? undefined : match.data.get(fieldId);
          if (fieldId === undefined || !postings) return;
          const weight = match.weight * boost[field] * Math.log(1 + (total - postings.size + 0.5) / (postings.size + 0.5));
          const average = internals._avgFieldLength[fieldId] || 1;
          const fieldMask = fields[f] ?? new Uint32Array(0);
          const exactBit = match.exact ? bit : 0;
          const add = (slot: number, tf: number): void => {
            const norm = 1 - B + (B * (lengths[slot]?.[fieldId] ?? 0)) / average;
            score[slot] = (score[slot] ?? 0) + weight * (D + (tf * (K + 1)) / (tf + K * norm));
            seen[slot] = (seen[slot] ?? 0) | bit;
            fieldMask[slot] = (fieldMask[slot] ?? 0) | bit;
            exact[slot] = (exact[slot] ?? 0) | exactBit;
          };
          if (order > 0 && postings.size > count) {
            // Fewer candidates than postings (a rarer word went first): probe instead of scanning.
            for (let slot = 0; slot < count; slot += 1) {
              const tf = postings.get(docs[slot] ?? -1);
              if (tf !== undefined) add(slot, tf);
            }
            return;
          }
          // forEach rather than for-of: no [key, value] pair allocated per posting.
          postings.forEach((tf, doc) => {
            let slot = slots[doc] ?? -1;
            if (slot < 0) {
              const docLengths = order === 0 ? internals._fieldLength.get(doc) : undefined;
              if (!docLengths) return; // not a candidate, or discarded (postings go lazily)
              slot = count;
              count += 1;
              slots[doc] = slot;
              docs[slot] = doc;
              lengths[slot] = docLengths;
            }
            add(slot, tf);
          });
        });
      }
    });
    return rank(internals, used, { docs, score, seen, exact, fields, count }, keep, limit);
  } finally {
    for (let slot = 0; slot < count; slot += 1) slots[docs[slot] ?? 0] = -1;
  }
}

interface Sums {
  docs: Int32Array;
  score: Float64Array;
  seen: Uint32Array;
  exact: Uint32Array;
  fields: Uint32Array[];
  count: number;
}

/** Same order as byRank in draft-search-index.ts, on slots instead of objects. */
function rank(
  internals: MiniSearchInternals,
  terms: readonly QueryTerm[],
  sums: Sums,
  keep: ((stored: Record<string, unknown>) => boolean) | undefined,
  limit: number,
): EvaluatedHit[] {
  const all = (1 << terms.length) - 1;
  let marked = 0;
  terms.forEach((term, i) => {
    if (term.marked) marked |= 1 << i;
  });
  const stored = (slot: number): Record<string, unknown> => internals._storedFields.get(sums.docs[slot] ?? -1) ?? {};
  const idOf = (slot: number): string => String(internals._documentIds.get(sums.docs[slot] ?? -1));
  const isExact = (slot: number): boolean => ((sums.exact[slot] ?? 0) & marked) === marked;
  const qualified: number[] = [];
  for (let slot = 0; slot < sums.count; slot += 1) {
    if (sums.seen[slot] === all && (!keep || keep(stored(slot)))) qualified.push(slot);
  }
  const compare = (a: number, b: number): number => {
    if (isExact(a) !== isExact(b)) return isExact(a) ? -1 : 1;
    const byScore = (sums.score[b] ?? 0) - (sums.score[a] ?? 0);
    if (byScore !== 0) return byScore;
    const newer = String(stored(b)['updatedAt']).localeCompare(String(stored(a)['updatedAt']));
    return newer !== 0 ? newer : idOf(a) < idOf(b) ? -1 : 1;
  };
  return topK(qualified, limit, compare).map((slot) => ({
    id: idOf(slot),
    score: sums.score[slot] ?? 0,
    exact: isExact(slot),
    field: bestField(sums.fields, slot),
    stored: stored(slot),
  }));
}

/** The field where most words matched; ties go to the earlier field in SEARCH_FIELDS. */
function bestField(fieldSeen: readonly Uint32Array[], slot: number): SearchField {
  let best: SearchField = 'body';
  let bestCount = 0;
  SEARCH_FIELDS.forEach((field, f) => {
    let mask = fieldSeen[f]?.[slot] ?? 0;
    let count = 0;
    for (; mask !== 0; mask &= mask - 1) count += 1;
    if (count > bestCount) {
      best = field;
      bestCount = count;
    }
  });
  return best;
}
