/** Hand-written ProseMirror JSON, both ways: what the editor and the importer produce and read. */
import { describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../draft-schema';
import { blocksToDoc, docToBlocks, docToInlines, inlinesToDoc } from './blocks-doc';
import type { PmNode } from './pm-json';

const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });
const p = (...content: PmNode[]): PmNode => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
const t = (text: string, ...marks: string[]): PmNode => (marks.length > 0 ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text });

describe('docToBlocks reads the editor document', () => {
  it('turns marks into flags and merges neighbours with the same formatting', () => {
    const blocks = docToBlocks(doc(p(t('Kết '), t('quả ', 'bold'), t('tốt', 'bold'), t(' và ', 'italic', 'bold'), t('đủ', 'bold', 'italic'))));
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Kết ' },
          { type: 'text', text: 'quả tốt', bold: true },
          { type: 'text', text: ' và đủ', bold: true, italic: true },
        ],
      },
    ]);
  });

  it('reads a hardBreak as "\\n" inside the run around it', () => {
    const blocks = docToBlocks(doc(p(t('Dòng một', 'underline'), { type: 'hardBreak', marks: [{ type: 'underline' }] }, t('dòng hai', 'underline'))));
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Dòng một\ndòng hai', underline: true }] }]);
  });

  it('stores NFC text without the characters the export cannot carry', () => {
    const nfd = 'Vie\u0302\u0323t Nam';
    const blocks = docToBlocks(doc(p(t(`${nfd}\u0007\uFFFE!`))));
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Việt Nam!' }] }]);
    expect((blocks[0] as { content: { text: string }[] }).content[0]?.text).toBe('Việt Nam!'.normalize('NFC'));
  });

  it('keeps a footnote with its runs, checked, and drops one that holds no text', () => {
    const blocks = docToBlocks(
      doc(
        p(
          t('Theo Quyết định'),
          { type: 'footnote', attrs: { content: [{ type: 'text', text: 'Số 625/QĐ-BDT', italic: true, bold: 'yes' }, { text: 7 }, 'x'] } },
          t('.'),
          { type: 'footnote', attrs: { content: [{ type: 'text', text: '' }] } },
          { type: 'footnote', attrs: { content: 'không phải danh sách' } },
        ),
      ),
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Theo Quyết định' },
          { type: 'footnote', content: [{ type: 'text', text: 'Số 625/QĐ-BDT', italic: true }] },
          { type: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('reads bullet items with their marker; an unknown marker is "-"', () => {
    expect(
      docToBlocks(
        doc(
          { type: 'bulletItem', attrs: { marker: '+' }, content: [t('Cấp hai')] },
          { type: 'bulletItem', attrs: { marker: '*' }, content: [t('Cấp một')] },
          { type: 'bulletItem', attrs: { marker: '-' } },
        ),
      ),
    ).toEqual([
      { type: 'bullet', marker: '+', content: [{ type: 'text', text: 'Cấp hai' }] },
      { type: 'bullet', marker: '-', content: [{ type: 'text', text: 'Cấp một' }] },
      { type: 'bullet', marker: '-', content: [] },
    ]);
  });

  it('keeps the words of nodes the report has no place for, and nothing else', () => {
    const blocks = docToBlocks(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [t('Tiêu đề')] },
        p(t('Xem '), { type: 'text', text: 'trang này', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'bold' }] }),
        { type: 'image', attrs: { src: 'x' } },
        { type: 'horizontalRule' },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p(t('Một')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Một a'))] }] }] },
            { type: 'listItem', content: [p(t('Hai'))] },
          ],
        },
        { type: 'blockquote', content: [p(t('Trích'))] },
      ),
    );
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Tiêu đề' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Xem ' }, { type: 'text', text: 'trang này', bold: true }] },
      { type: 'bullet', marker: '-', content: [{ type: 'text', text: 'Một' }] },
      { type: 'bullet', marker: '+', content: [{ type: 'text', text: 'Một a' }] },
      { type: 'bullet', marker: '-', content: [{ type: 'text', text: 'Hai' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Trích' }] },
    ]);
  });

  it('stores a field left with one empty paragraph as no blocks, and keeps empty paragraphs between others', () => {
    expect(docToBlocks(doc(p()))).toEqual([]);
    expect(docToBlocks({ type: 'doc' })).toEqual([]);
    expect(docToBlocks(doc(p(t('a')), p(), p(t('b'))))).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
      { type: 'paragraph', content: [] },
      { type: 'paragraph', content: [{ type: 'text', text: 'b' }] },
    ]);
  });
});

const cell = (type: 'tableCell' | 'tableHeader', text: string, attrs: Record<string, unknown> = {}): PmNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null, ...attrs },
  content: [text ? p(t(text)) : p()],
});
const row = (...cells: PmNode[]): PmNode => ({ type: 'tableRow', content: cells });

describe('tables', () => {
  it('reads header rows, spans, alignment, caption and relative widths from the colwidth attributes', () => {
    const table: PmNode = {
      type: 'table',
      attrs: { caption: 'Bảng 1' },
      content: [
        row(cell('tableHeader', 'STT', { colwidth: [1], rowspan: 2 }), cell('tableHeader', 'Số hồ sơ', { colspan: 2, colwidth: [2, 3], align: 'center' })),
        row(cell('tableHeader', 'Trực tiếp'), cell('tableHeader', 'Trực tuyến')),
        row(cell('tableCell', '1', { align: 'right' }), cell('tableCell', '702'), cell('tableCell', '410')),
      ],
    };
    expect(docToBlocks(doc(table))).toEqual([
      {
        type: 'table',
        columnWidths: [1, 2, 3],
        headerRows: 2,
        caption: 'Bảng 1',
        rows: [
          { cells: [{ paragraphs: [[{ type: 'text', text: 'STT' }]], rowSpan: 2 }, { paragraphs: [[{ type: 'text', text: 'Số hồ sơ' }]], colSpan: 2, align: 'center' }] },
          { cells: [{ paragraphs: [[{ type: 'text', text: 'Trực tiếp' }]] }, { paragraphs: [[{ type: 'text', text: 'Trực tuyến' }]] }] },
          {
            cells: [
              { paragraphs: [[{ type: 'text', text: '1' }]], align: 'right' },
              { paragraphs: [[{ type: 'text', text: '702' }]] },
              { paragraphs: [[{ type: 'text', text: '410' }]] },
            ],
          },
        ],
      },
    ]);
  });

  it('gives a column added without a width the mean width, fills a short row, and counts no header row when the first row has a plain cell', () => {
    const table: PmNode = {
      type: 'table',
      content: [row(cell('tableHeader', 'A', { colwidth: [2] }), cell('tableCell', 'B', { colwidth: [4] }), cell('tableCell', 'C')), row(cell('tableCell', 'x'))],
    };
    const [block] = docToBlocks(doc(table)) as [TableBlock];
    expect(block.columnWidths).toEqual([2, 4, 3]);
    expect(block.headerRows).toBe(0);
    expect(block.rows[1]?.cells).toHaveLength(3);
    expect(block.caption).toBeUndefined();
  });

  it('writes each cell the widths of the columns it covers, header cells for the header rows', () => {
    const block: TableBlock = {
      type: 'table',
      columnWidths: [1, 6, 2],
      headerRows: 1,
      rows: [
        { cells: [{ paragraphs: [[{ type: 'text', text: 'STT', bold: true }]] }, { paragraphs: [[{ type: 'text', text: 'Nội dung' }]], colSpan: 2 }] },
        { cells: [{ paragraphs: [[{ type: 'text', text: '' }]] }, { paragraphs: [[], [{ type: 'text', text: 'b' }]] }, { paragraphs: [[]] }] },
      ],
    };
    const [node] = blocksToDoc([block]).content as [PmNode];
    const [head, body] = node.content as [PmNode, PmNode];
    expect(head.content?.map((c) => [c.type, c.attrs?.colwidth, c.attrs?.colspan])).toEqual([
      ['tableHeader', [1], 1],
      ['tableHeader', [6, 2], 2],
    ]);
    expect(body.content?.map((c) => c.type)).toEqual(['tableCell', 'tableCell', 'tableCell']);
    // An empty run leaves an empty paragraph (ProseMirror has no empty text nodes).
    expect(body.content?.[0]?.content).toEqual([{ type: 'paragraph' }]);
    expect(body.content?.[1]?.content).toEqual([{ type: 'paragraph' }, p(t('b'))]);
    expect(node.attrs).toEqual({ caption: null });
  });
});

describe('blocksToDoc writes the editor document', () => {
  it('splits a run at "\\n" into text and hardBreak nodes that keep its marks', () => {
    const blocks: Block[] = [{ type: 'bullet', marker: '+', content: [{ type: 'text', text: 'a\nb', bold: true }, { type: 'text', text: '', italic: true }] }];
    expect(blocksToDoc(blocks)).toEqual(
      doc({ type: 'bulletItem', attrs: { marker: '+' }, content: [t('a', 'bold'), { type: 'hardBreak', marks: [{ type: 'bold' }] }, t('b', 'bold')] }),
    );
  });

  it('gives an empty field one empty paragraph', () => {
    expect(blocksToDoc([])).toEqual(doc(p()));
  });

  it('writes marks in one order whatever the flags', () => {
    expect(blocksToDoc([{ type: 'paragraph', content: [{ type: 'text', text: 'x', underline: true, bold: true, italic: false }] }])).toEqual(doc(p(t('x', 'bold', 'underline'))));
  });
});

describe('the inline-only document of the closing', () => {
  it('is one paragraph both ways', () => {
    const content = [{ type: 'text' as const, text: 'Trên đây là báo cáo' }, { type: 'footnote' as const, content: [{ type: 'text' as const, text: 'Chú thích' }] }];
    expect(inlinesToDoc(content)).toEqual(doc(p(t('Trên đây là báo cáo'), { type: 'footnote', attrs: { content: [{ type: 'text', text: 'Chú thích' }] } })));
    expect(docToInlines(inlinesToDoc(content))).toEqual(content);
  });

  it('joins several paragraphs with a space', () => {
    expect(docToInlines(doc(p(t('Trên đây')), p(), p(t('là báo cáo', 'bold'))))).toEqual([
      { type: 'text', text: 'Trên đây ' },
      { type: 'text', text: 'là báo cáo', bold: true },
    ]);
  });
});
