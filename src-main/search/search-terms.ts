/**
 * How words become index keys and how a query becomes a minisearch query tree.
 *
 * Every word is indexed once, under the key "<folded> <exact>" ("quang quảng", "da đà"). The
 * tokenizer splits on whitespace, so the space cannot occur inside a word and cleanly separates
 * the halves. A prefix lookup on "<folded> " finds every diacritic variant of a word (diacritic-
 * insensitive both ways), and the exact half of the matched key tells whether the variant is the
 * one the user typed. That gives exact-first ranking with one posting per word occurrence, where
 * a second, non-folded field would have doubled the postings (measured: +135 MB RSS at 10,000
 * drafts).
 */
import type { Query, SearchResult } from 'minisearch';
import { foldVietnamese, hasDiacritics, lowerNfc, queryTerms } from '../shared/domain/vn-fold';
import { SEARCH_FIELDS, type SearchField } from './draft-text';

/** Separates the folded and the exact half of a key; never inside a token (see TOKEN_SEPARATOR). */
const KEY_SEP = ' ';
/** Tokens that are only symbols (a "+" bullet, "§") are not worth a key. */
const WORDLIKE = /[\p{L}\p{N}]/u;
/** Longer tokens are URLs, hashes or pasted garbage: nobody types them into a search box. */
const MAX_TOKEN = 64;
/**
 * Fuzzy matching (one edit) only from this many folded letters. A Vietnamese syllable has at most
 * seven letters ("nghiêng"), and one edit on a syllable makes another real syllable (quang → quanh,
 * hoang), which floods results; folding already forgives the common slip, missing tone marks. So
 * fuzziness is kept for long loanwords and names (chương trình "smartcity", "Facebook").
 */
export const FUZZY_MIN_LENGTH = 8;

const keyCache = new Map<string, string | null>();

/** The index key of one token, or null to skip it. Memoized: folding is costly and words repeat. */
export function indexKey(token: string): string | null {
  const cached = keyCache.get(token);
  if (cached !== undefined) return cached;
  let key: string | null = null;
  if (token.length <= MAX_TOKEN && WORDLIKE.test(token)) key = `${foldVietnamese(token)}${KEY_SEP}${lowerNfc(token)}`;
  // A few hundred thousand distinct tokens at most in practice; the cap only guards odd input.
  if (keyCache.size > 200_000) keyCache.clear();
  keyCache.set(token, key);
  return key;
}

/** One query word, prepared. */
export interface QueryTerm {
  folded: string;
  exact: string;
  /** Typed with diacritics: only then does the exact form rank first. */
  marked: boolean;
  /** Matched as the start of a word (the word still being typed). */
  prefix: boolean;
}

/**
 * The words of a query. The last one is a prefix while the user is still typing it, i.e. unless
 * the query ends with a space or punctuation. A lone single letter is not a prefix (it would match
 * most of the vocabulary and say nothing); after other words it is ("Đà N"), since those words
 * already narrow the drafts down.
 */
export function parseQuery(query: string): QueryTerm[] {
  const words = queryTerms(query).filter((word) => WORDLIKE.test(word) && word.length <= MAX_TOKEN);
  const typing = !/[\s\p{Z}\p{P}]$/u.test(query);
  return words.map((word, i) => {
    const folded = foldVietnamese(word);
    return {
      folded,
      exact: lowerNfc(word),
      marked: hasDiacritics(word),
      prefix: typing && i === words.length - 1 && (folded.length >= 2 || words.length > 1),
    };
  });
}

/** A minisearch query tree: all words must match (AND), each through its folded key prefix. */
export function buildQuery(terms: readonly QueryTerm[]): Query {
  return {
    combineWith: 'AND',
    queries: terms.map((term): Query => {
      const main: Query = { queries: [term.prefix ? term.folded : term.folded + KEY_SEP], prefix: true, fuzzy: false };
      if (term.folded.length < FUZZY_MIN_LENGTH || term.marked) return main;
      // Undiacritized long words have keys "w w": one edit in the word is two in the key.
      const fuzzy: Query = { queries: [`${term.folded}${KEY_SEP}${term.folded}`], prefix: false, fuzzy: 2 };
      return { combineWith: 'OR', queries: [main, fuzzy] };
    }),
  };
}

/** The exact half of a key. */
function exactPart(key: string): string {
  return key.slice(key.indexOf(KEY_SEP) + 1);
}

/** Whether a matched key stands for the query word (its folded half fits). */
function keyMatches(key: string, term: QueryTerm): boolean {
  return term.prefix ? key.startsWith(term.folded) : key.startsWith(term.folded + KEY_SEP);
}

/** Every word typed with diacritics was found with exactly those diacritics (case aside). */
export function isExactMatch(result: SearchResult, terms: readonly QueryTerm[]): boolean {
  const keys = Object.keys(result.match);
  return terms.every(
    (term) =>
      !term.marked ||
      keys.some((key) => (term.prefix ? exactPart(key).startsWith(term.exact) : exactPart(key) === term.exact)),
  );
}

/** The field where most query words matched; ties go to the earlier field in SEARCH_FIELDS. */
export function bestField(result: SearchResult, terms: readonly QueryTerm[]): SearchField {
  let best: SearchField = 'body';
  let bestCount = 0;
  for (const field of SEARCH_FIELDS) {
    const count = terms.filter((term) =>
      Object.entries(result.match).some(([key, fields]) => fields.includes(field) && keyMatches(key, term)),
    ).length;
    if (count > bestCount) {
      best = field;
      bestCount = count;
    }
  }
  return best;
}
