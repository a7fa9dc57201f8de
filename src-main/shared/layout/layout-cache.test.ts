/**
 * A layout with a cache (the preview's worker, one per keystroke) against one without: after
 * every kind of edit the store makes (copies along the edited path), the plan and the page
 * document are exactly those of a fresh layout; and what an edit left alone is not made again.
 */
import { describe, expect, it } from 'vitest';
import { fullFeatureDraft } from '../../export/docx/test-drafts';
import { updateAt } from '../domain/checks/draft-edit';
import type { Block, Draft } from '../domain/draft-schema';
import { defaultSettings, type Layout } from '../domain/settings-schema';
import { renderPageDocument } from './html';
import { LayoutCache } from './layout-cache';
import { planPages } from './plan-pages';

const layout = defaultSettings().layout;
const text = (value: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
/** Section 0.0 holds a paragraph, a paragraph with a footnote, then a table. */
const S00 = ['sections', 0, 'children', 0, 'blocks'] as const;
const typeAt = (d: Draft, at: readonly (string | number)[], typed: string): Draft => updateAt(d, [...at, 'content', 0, 'text'], (value) => `${String(value)}${typed}`);
const blocksAt = (d: Draft, at: readonly (string | number)[], fn: (blocks: Block[]) => Block[]): Draft => updateAt(d, [...at], (list) => fn([...(list as Block[])]));
const tableOf = (d: Draft): Block => {
  const found = d.sections[0]?.children[0]?.blocks.find((b) => b.type === 'table');
  if (!found) throw new Error('the fixture has no table in section 0.0');
  return found;
};

/** Edits in the order a clerk might make them; each leaves the draft for the next. */
const EDITS: { name: string; edit: (d: Draft, l: Layout) => [Draft, Layout] }[] = [
  { name: 'a letter typed', edit: (d, l) => [typeAt(d, [...S00, 0], 'a'), l] },
  { name: 'a footnote added before the others (they renumber)', edit: (d, l) => [blocksAt(d, S00, (b) => [{ type: 'paragraph', content: [{ type: 'text', text: 'Mới' }, { type: 'footnote', content: [{ type: 'text', text: 'Chú thích đầu.' }] }] }, ...b]), l] },
  { name: 'typing after it', edit: (d, l) => [typeAt(d, [...S00, 2], ' thêm'), l] },
  { name: 'a table put under a paragraph (its space after grows)', edit: (d, l) => [blocksAt(d, ['sections', 1, 'blocks'], (b) => [...b, tableOf(d)]), l] },
  { name: 'typing above that table', edit: (d, l) => [typeAt(d, ['sections', 1, 'blocks', 0], 'b'), l] },
  { name: 'a second table right under a table', edit: (d, l) => [blocksAt(d, ['sections', 1, 'blocks'], (b) => [...b, tableOf(d)]), l] },
  { name: 'both tables taken away again', edit: (d, l) => [blocksAt(d, ['sections', 1, 'blocks'], (b) => b.filter((x) => x.type !== 'table')), l] },
  { name: 'the closing emptied (the end mark moves to the last paragraph)', edit: (d, l) => [{ ...d, closing: [] }, l] },
  { name: 'typing in the last paragraph', edit: (d, l) => [typeAt(d, ['sections', 2, 'blocks', 0], ' cuối'), l] },
  { name: 'a paragraph added at the end', edit: (d, l) => [blocksAt(d, ['sections', 2, 'blocks'], (b) => [...b, text('Đoạn kết mới.')]), l] },
  { name: 'a character export cannot carry typed', edit: (d, l) => [typeAt(d, [...S00, 0], '\u0001x'), l] },
  { name: 'a letter typed elsewhere (the removed character still counts)', edit: (d, l) => [typeAt(d, ['sections', 1, 'blocks', 0], 'c'), l] },
  { name: 'sections moved', edit: (d, l) => [{ ...d, sections: [...d.sections].reverse() }, l] },
  { name: 'a heading renamed', edit: (d, l) => [updateAt(d, ['sections', 0, 'title'], (t) => `${String(t)} mới`), l] },
  { name: 'an appendix typed in', edit: (d, l) => [typeAt(d, ['appendices', 0, 'blocks', 0], 'd'), l] },
  { name: 'the size preset', edit: (d, l) => [d, { ...l, sizePreset: 13 }] },
  { name: 'typing under the other preset', edit: (d, l) => [typeAt(d, ['sections', 1, 'blocks', 0], 'e'), l] },
  { name: 'the preset back', edit: (d, l) => [d, { ...l, sizePreset: 14 }] },
  { name: 'the closing back', edit: (d, l) => [{ ...d, closing: [{ type: 'text', text: 'Trên đây là báo cáo.' }] }, l] },
];

describe('a layout cache', () => {
  it('gives after every edit the plan and page document of a layout without one', () => {
    const cache = new LayoutCache();
    let d = fullFeatureDraft();
    let l = layout;
    for (const { name, edit } of [{ name: 'the first layout', edit: (x: Draft, y: Layout): [Draft, Layout] => [x, y] }, ...EDITS]) {
      [d, l] = edit(d, l);
      const plan = planPages(d, l, cache);
      const fresh = planPages(d, l);
      expect(plan, name).toEqual(fresh);
      expect(renderPageDocument(plan, cache), name).toEqual(renderPageDocument(fresh));
    }
    expect(planPages(d, l, cache).removedCharacters).toBe(1);
  });

  it('makes again only the block typed in (and the headings above it): every other block and its HTML are kept', () => {
    const cache = new LayoutCache();
    const before = fullFeatureDraft();
    const planBefore = planPages(before, layout, cache);
    const docBefore = renderPageDocument(planBefore, cache);
    const after = typeAt(before, [...S00, 0], 'a');
    const planAfter = planPages(after, layout, cache);
    const docAfter = renderPageDocument(planAfter, cache);

    const typed = planBefore.content.findIndex((b) => b.kind === 'paragraph' && b.runs.some((r) => r.type === 'text' && r.text === (before.sections[0]?.children[0]?.blocks[0] as { content: { text: string }[] }).content[0]?.text));
    expect(typed).toBeGreaterThan(0);
    planAfter.content.forEach((block, i) => {
      if (i === typed) expect(block).not.toBe(planBefore.content[i]);
      // The sections holding the paragraph are new objects (the store copies the path): their headings are planned again, the same.
      else if (block.kind === 'heading') expect(block, `heading ${i}`).toEqual(planBefore.content[i]);
      else expect(block, `block ${i}`).toBe(planBefore.content[i]);
    });
    const changed = docAfter.groups.flatMap((g, gi) => g.parts.filter((p, pi) => p.html !== docBefore.groups[gi]?.parts[pi]?.html).map((p) => p.key));
    expect(changed).toEqual([`c${typed}`]);
  });

  it('keeps nothing across layout settings', () => {
    const cache = new LayoutCache();
    const d = fullFeatureDraft();
    const first = planPages(d, layout, cache);
    const other = planPages(d, { ...layout, sizePreset: 13 }, cache);
    expect(other.content.some((b, i) => b === first.content[i])).toBe(false);
  });
});
