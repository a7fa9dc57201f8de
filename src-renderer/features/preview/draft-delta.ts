/**
 * What changed between two drafts, for the preview's worker: the editor's store changes a draft
 * by copying only the path to the edited value (structural sharing), so a keystroke in one
 * paragraph of a 100-page report shares every other section, block and run with the draft
 * before. The delta keeps what is shared as references to the previous value at the same path
 * (or, in an array, to an element of the previous array: a moved section), so the worker is sent
 * the paragraph being typed, not the whole report, and rebuilds the same draft from its copy of
 * the previous one.
 */

/** One value of the new draft, relative to the previous value at the same path. */
export type Delta =
  /** The previous value itself. */
  | { k: 'same' }
  /** A value in full. */
  | { k: 'value'; v: unknown }
  /** An array: each item a delta against the previous array's item at its index, or a reference to one of its items. */
  | { k: 'array'; items: (Delta | { k: 'ref'; i: number })[] }
  /** An object with these own keys, in this order, each a delta against the previous value of that key. */
  | { k: 'object'; fields: [string, Delta][] };

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The delta that rebuilds `next` from `prev` (see applyDelta). */
export function encodeDelta(prev: unknown, next: unknown): Delta {
  if (Object.is(prev, next)) return { k: 'same' };
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return { k: 'value', v: next };
    const at = new Map<unknown, number>();
    prev.forEach((item, i) => {
      if (item !== null && typeof item === 'object' && !at.has(item)) at.set(item, i);
    });
    const items = next.map((item: unknown, i) => {
      const found = item !== null && typeof item === 'object' ? at.get(item) : undefined;
      return found !== undefined && found !== i ? { k: 'ref' as const, i: found } : encodeDelta(prev[i], item);
    });
    return { k: 'array', items };
  }
  if (isRecord(next)) {
    if (!isRecord(prev)) return { k: 'value', v: next };
    return { k: 'object', fields: Object.keys(next).map((key): [string, Delta] => [key, encodeDelta(Object.hasOwn(prev, key) ? prev[key] : undefined, next[key])]) };
  }
  return { k: 'value', v: next };
}

/** `next` rebuilt from `prev` and `encodeDelta(prev, next)`; throws on a delta that does not fit `prev`. */
export function applyDelta(prev: unknown, delta: Delta): unknown {
  switch (delta.k) {
    case 'same':
      return prev;
    case 'value':
      return delta.v;
    case 'array': {
      const before: readonly unknown[] = Array.isArray(prev) ? prev : [];
      return delta.items.map((item, i) => {
        if (item.k !== 'ref') return applyDelta(before[i], item);
        if (item.i < 0 || item.i >= before.length) throw new Error(`preview delta: no item ${item.i} to refer to`);
        return before[item.i];
      });
    }
    case 'object': {
      const before = isRecord(prev) ? prev : {};
      // fromEntries defines own properties, so a key such as "__proto__" stays a plain key.
      return Object.fromEntries(delta.fields.map(([key, value]) => [key, applyDelta(Object.hasOwn(before, key) ? before[key] : undefined, value)]));
    }
  }
}
