import { describe, expect, it } from 'vitest';
import type { Block, Inline, Section } from '../domain/draft-schema';
import { inlineText } from '../domain/inline-text';
import { appendEndMark, markContentEnd } from './end-mark';

const t = (text: string): Inline => ({ type: 'text', text });
const note: Inline = { type: 'footnote', content: [{ type: 'text', text: 'n' }] };
const para = (text: string): Block => ({ type: 'paragraph', content: [t(text)] });
const table: Block = { type: 'table', columnWidths: [1], headerRows: 0, rows: [{ cells: [{ paragraphs: [[t('x')]] }] }] };
const sec = (title: string, blocks: Block[], children: Section[] = []): Section => ({ id: title || 'x', title, blocks, children });

describe('appendEndMark', () => {
  it('adds "./." once, folding a final full stop and trailing spaces', () => {
    expect(inlineText(appendEndMark([t('Trên đây là báo cáo. ')]))).toBe('Trên đây là báo cáo./.');
    expect(inlineText(appendEndMark([t('Xong./.')]))).toBe('Xong./.');
    expect(inlineText(appendEndMark([t('Xong'), t('  ')]))).toBe('Xong./.');
  });

  it('puts the mark after a final footnote and drops the full stop before it', () => {
    const out = appendEndMark([t('Năm 2023.'), note]);
    expect(out.map((r) => (r.type === 'text' ? r.text : '¹'))).toEqual(['Năm 2023', '¹', './.']);
  });
});

describe('markContentEnd', () => {
  it('marks the last paragraph of the deepest last section', () => {
    const out = markContentEnd([para('Mở đầu')], [sec('A', [para('a1')]), sec('B', [para('b1')], [sec('', [para('b-a')])])]);
    expect(out.marked?.type).toBe('paragraph');
    expect(inlineText((out.marked as Extract<Block, { type: 'paragraph' }>).content)).toBe('b-a./.');
    expect(inlineText((out.blocks[0] as Extract<Block, { type: 'paragraph' }>).content)).toBe('Mở đầu');
  });

  it('asks for a separate mark after a final table or a final empty heading', () => {
    expect(markContentEnd([para('x'), table], []).marked).toBeNull();
    expect(markContentEnd([para('x')], [sec('Trống', [])]).marked).toBeNull();
  });

  it('skips trailing empty paragraphs and leaves the input untouched', () => {
    const blocks = [para('Nội dung'), para('  ')];
    const out = markContentEnd(blocks, []);
    expect(inlineText((out.marked as Extract<Block, { type: 'paragraph' }>).content)).toBe('Nội dung./.');
    expect(inlineText((blocks[0] as Extract<Block, { type: 'paragraph' }>).content)).toBe('Nội dung');
  });
});
