/**
 * Vietnamese text can arrive decomposed (NFD) from macOS, phones or some input methods; the
 * stored draft is always NFC so search, comparison and file names agree.
 *
 * The editor's drafts share every unchanged part with the previous version, so the normalised
 * copy of each object is remembered by identity: saving after a keystroke walks only the path
 * that changed, not the whole 100-page draft. This relies on those objects never being mutated,
 * which the editor's store guarantees.
 */
const normalised = new WeakMap<object, unknown>();

/** `value` with every string in NFC form; objects already normalised are returned as remembered. */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (typeof value !== 'object' || value === null) return value;
  const known = normalised.get(value);
  if (known !== undefined) return known as T;
  let out: unknown;
  if (Array.isArray(value)) out = value.map((item: unknown) => toNfc(item));
  else {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = toNfc(item);
    out = copy;
  }
  normalised.set(value, out);
  // The result is already NFC: normalising it again returns it as it is.
  normalised.set(out as object, out);
  return out as T;
}
