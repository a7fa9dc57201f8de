import { describe, expect, it } from 'vitest';
import type { Block } from '../draft-schema';
import { ALLOW_ALL, blocksToInlines, countFootnotes, restrictBlocks } from './allow';

const fn = { type: 'footnote' as const, content: [{ type: 'text' as const, text: 'Ghi chú' }] };
const blocks: Block[] = [
  { type: 'bullet', marker: '+', content: [{ type: 'text', text: 'Mục' }, fn] },
  {
    type: 'table',
    columnWidths: [1, 1],
    headerRows: 1,
    rows: [
      { cells: [{ paragraphs: [[{ type: 'text', text: 'A', bold: true }]] }, { paragraphs: [[{ type: 'text', text: 'B' }], [{ type: 'text', text: 'C' }, fn]] }] },
    ],
  },
];

describe('restrictBlocks', () => {
  it('keeps everything a field allows', () => {
    expect(restrictBlocks(blocks, ALLOW_ALL)).toEqual(blocks);
  });

  it('turns items into paragraphs, table rows into tab-separated paragraphs, and drops footnotes', () => {
    expect(restrictBlocks(blocks, { bullets: false, tables: false, footnotes: false })).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Mục' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'A', bold: true }, { type: 'text', text: '\tB C' }] },
    ]);
  });
});

describe('blocksToInlines', () => {
  it('joins blocks and cells with spaces for a one-paragraph field', () => {
    expect(blocksToInlines(blocks, true)).toEqual([{ type: 'text', text: 'Mục' }, fn, { type: 'text', text: ' ' }, { type: 'text', text: 'A', bold: true }, { type: 'text', text: ' B C' }, fn]);
    expect(blocksToInlines(blocks, false).some((run) => run.type === 'footnote')).toBe(false);
  });
});

describe('countFootnotes', () => {
  it('counts footnotes in paragraphs, items and table cells', () => {
    expect(countFootnotes(blocks)).toBe(2);
    expect(countFootnotes([])).toBe(0);
  });
});
