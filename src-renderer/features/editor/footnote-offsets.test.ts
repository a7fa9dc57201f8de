import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '@shared/domain/draft-schema';
import { newDraft } from '@shared/domain/new-draft';
import { footnoteOffsets } from './footnote-offsets';

const note: Inline = { type: 'footnote', content: [{ type: 'text', text: 'Chú thích' }] };
const para = (notes: number): Block => ({ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn' }, ...Array.from({ length: notes }, () => note)] });

describe('footnoteOffsets', () => {
  it('numbers footnotes on over the opening, sections depth first, the closing and the appendices', () => {
    const draft = {
      ...newDraft({ id: 'draft-notes', now: '2025-03-01T00:00:00.000Z' }),
      opening: [para(1)],
      sections: [
        { id: 'a', title: 'A', blocks: [para(2)], children: [{ id: 'a1', title: 'A1', blocks: [para(1)], children: [] }] },
        { id: 'b', title: 'B', blocks: [para(0)], children: [] },
      ],
      closing: [{ type: 'text' as const, text: 'Trên đây là báo cáo' }, note],
      appendices: [{ id: 'p', title: 'Phụ lục', orientation: 'portrait' as const, blocks: [para(1)], sections: [] }],
    };
    expect(Object.fromEntries(footnoteOffsets(draft))).toEqual({
      opening: 1,
      'sections.0.blocks': 2,
      'sections.0.children.0.blocks': 4,
      'sections.1.blocks': 5,
      closing: 5,
      'appendices.0.blocks': 6,
    });
  });

  it('follows an edit that adds a footnote to one list, the others shared with the draft before', () => {
    const before = { ...newDraft({ id: 'draft-notes-2', now: '2025-03-01T00:00:00.000Z' }), opening: [para(1)], sections: [{ id: 'a', title: 'A', blocks: [para(1)], children: [] }, { id: 'b', title: 'B', blocks: [para(1)], children: [] }] };
    expect(footnoteOffsets(before).get('sections.1.blocks')).toBe(3);
    const [first, second] = before.sections;
    if (!first || !second) throw new Error('two sections');
    const after = { ...before, sections: [{ ...first, blocks: [...first.blocks, para(2)] }, second] };
    expect(Object.fromEntries(footnoteOffsets(after))).toMatchObject({ opening: 1, 'sections.0.blocks': 2, 'sections.1.blocks': 5, closing: 6 });
    expect(footnoteOffsets(before).get('sections.1.blocks')).toBe(3);
  });
});
