/**
 * Vietnamese text can arrive decomposed (NFD) from macOS, phones or some input methods; the
 * stored draft is always NFC so search, comparison and file names agree.
 */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => toNfc(item)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toNfc(item);
    return out as T;
  }
  return value;
}
