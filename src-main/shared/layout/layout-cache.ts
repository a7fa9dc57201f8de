/**
 * What the plan and its HTML kept from the last version of a draft, for a caller that lays out
 * version after version of one draft (the preview's worker: one layout per keystroke).
 *
 * Drafts are immutable values, and the editor's store changes one by copying only the path to
 * the edited value, so a keystroke in one paragraph of a 100-page report leaves every other
 * section, block and run the very same object as before. Whatever was made from an object is
 * therefore kept under that object and a key naming everything else it depended on (a footnote
 * number to start from, a text width, the part key): the next layout looks it up and makes only
 * what is new. The result is the same as a layout without a cache (tests compare them).
 *
 * Only for callers that never change a draft or a plan after laying it out; every other caller
 * (the DOCX export, print, the CLI) passes none.
 */
export class LayoutCache {
  private settings: string | null = null;
  private readonly slots = new Map<string, WeakMap<object, { key: string; value: unknown }>>();

  /**
   * Starts a layout with these settings (a string naming them): whatever was kept under other
   * settings is dropped, since every length of the plan depends on them.
   */
  begin(settings: string): void {
    if (settings === this.settings) return;
    this.settings = settings;
    this.slots.clear();
  }

  /**
   * What `make()` gives for `owner` under `key`, made again only when `owner` is new or was last
   * seen under another key. `kind` keeps apart the things made from one object.
   */
  memo<T>(kind: string, owner: object, key: string, make: () => T): T {
    let slot = this.slots.get(kind);
    if (!slot) {
      slot = new WeakMap();
      this.slots.set(kind, slot);
    }
    const kept = slot.get(owner);
    if (kept && kept.key === key) return kept.value as T;
    const value = make();
    slot.set(owner, { key, value });
    return value;
  }
}

/** `make()` through `cache` when there is one, else made as is. */
export function cached<T>(cache: LayoutCache | undefined, kind: string, owner: object, key: string, make: () => T): T {
  return cache ? cache.memo(kind, owner, key, make) : make();
}
