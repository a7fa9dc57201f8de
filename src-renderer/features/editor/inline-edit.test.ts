import { describe, expect, it } from 'vitest';
import type { Inline } from '@shared/domain/draft-schema';
import { replaceInlineText } from './inline-edit';

const note: Inline = { type: 'footnote', content: [{ type: 'text', text: 'Chú thích' }] };

describe('replaceInlineText', () => {
  it('becomes one plain run and keeps footnotes at the end', () => {
    const content: Inline[] = [{ type: 'text', text: 'Một ' }, note, { type: 'text', text: 'hai', bold: true }];
    expect(replaceInlineText(content, 'Một hai ba')).toEqual([{ type: 'text', text: 'Một hai ba' }, note]);
  });

  it('keeps formatting that every run shared', () => {
    const content: Inline[] = [{ type: 'text', text: 'Đậm', bold: true }];
    expect(replaceInlineText(content, 'Đậm hơn')).toEqual([{ type: 'text', text: 'Đậm hơn', bold: true }]);
  });
});
