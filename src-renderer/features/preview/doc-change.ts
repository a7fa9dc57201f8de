/**
 * How the preview's worker tells the editor about a new page document: when the document keeps
 * its shape (the same groups, pages and part keys: typing, formatting, a title changed), only the
 * parts whose HTML changed cross back, and the editor rebuilds the new document from the one it
 * holds, sharing every unchanged part's string; otherwise the whole document crosses.
 */
import type { PageDocument, PageGroup } from '@shared/layout/html';

/** A part's new HTML: the `index`-th part of the `group`-th group. */
export interface PartChange {
  group: number;
  index: number;
  html: string;
}

export type DocChange =
  /** Nothing the pages show changed. */
  | { kind: 'same' }
  /** Same shape; these parts, the style sheet (null: unchanged), the title and the author are new. */
  | { kind: 'parts'; parts: PartChange[]; styleCss: string | null; title: string; author: string }
  /** A new shape: the whole document. */
  | { kind: 'full'; doc: PageDocument };

/** Everything of a document but its parts' HTML, its style sheet, title and author, as one string. */
function shapeOf(doc: PageDocument): string {
  const shapes = doc.groups.map(({ parts, ...group }: PageGroup) => ({ ...group, keys: parts.map((p) => p.key) }));
  return JSON.stringify({ ...doc, groups: shapes, styleCss: null, title: null, author: null });
}

/** The change that turns `prev` (null: none yet) into `next` (see applyDocChange). */
export function docChange(prev: PageDocument | null, next: PageDocument): DocChange {
  if (!prev || shapeOf(prev) !== shapeOf(next)) return { kind: 'full', doc: next };
  const parts: PartChange[] = [];
  next.groups.forEach((g, group) =>
    g.parts.forEach((part, index) => {
      if (prev.groups[group]?.parts[index]?.html !== part.html) parts.push({ group, index, html: part.html });
    }),
  );
  const styleCss = prev.styleCss === next.styleCss ? null : next.styleCss;
  if (parts.length === 0 && styleCss === null && prev.title === next.title && prev.author === next.author) return { kind: 'same' };
  return { kind: 'parts', parts, styleCss, title: next.title, author: next.author };
}

/** The document `change` describes, from `prev`; unchanged groups and parts are shared with `prev`. */
export function applyDocChange(prev: PageDocument | null, change: DocChange): PageDocument {
  if (change.kind === 'full') return change.doc;
  if (!prev) throw new Error('preview: a change arrived before any page document');
  if (change.kind === 'same') return prev;
  const byGroup = new Map<number, Map<number, string>>();
  for (const { group, index, html } of change.parts) {
    const inGroup = byGroup.get(group) ?? new Map<number, string>();
    inGroup.set(index, html);
    byGroup.set(group, inGroup);
  }
  const groups = prev.groups.map((g, i): PageGroup => {
    const changed = byGroup.get(i);
    if (!changed) return g;
    return { ...g, parts: g.parts.map((part, j) => (changed.has(j) ? { key: part.key, html: changed.get(j) ?? part.html } : part)) };
  });
  return { ...prev, groups, styleCss: change.styleCss ?? prev.styleCss, title: change.title, author: change.author };
}
