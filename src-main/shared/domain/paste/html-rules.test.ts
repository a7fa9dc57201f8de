/** The rules of the HTML reading, one by one, on small hand-written markup. */
import { describe, expect, it } from 'vitest';
import type { Block, TableBlock, TextRun } from '../draft-schema';
import { clipboardToBlocks } from './clipboard';
import { OWN_MARKUP } from './own-markup';

const t = (text: string, flags: Partial<Pick<TextRun, 'bold' | 'italic' | 'underline'>> = {}): TextRun => ({ type: 'text', text, ...flags });
const blocks = (html: string): Block[] => clipboardToBlocks({ html }).blocks;

describe('formatting', () => {
  it('follows the last word on bold: a tag, a style, "normal" inside bold (Google Docs’ wrapper)', () => {
    expect(
      blocks('<b style="font-weight:normal;" id="docs-internal-guid-1"><span style="font-weight:700">Kết quả</span><span style="font-weight:400"> đạt </span><b>tốt</b></b>'),
    ).toEqual([{ type: 'paragraph', content: [t('Kết quả', { bold: true }), t(' đạt '), t('tốt', { bold: true })] }]);
  });

  it('reads italic and underline from tags, styles and Word’s text-underline', () => {
    expect(blocks('<p><em>a</em><span style="font-style:oblique">b</span><ins>c</ins><span style="text-underline:single">d</span><u style="text-decoration:none">e</u></p>')).toEqual([
      { type: 'paragraph', content: [t('ab', { italic: true }), t('cd', { underline: true }), t('e')] },
    ]);
  });

  it('leaves out text hidden by a class rule or a style', () => {
    expect(blocks('<style>.an { display: none }</style><p>Hiện<span class="an"> ẩn</span><span style="visibility:hidden"> ẩn nữa</span></p>')).toEqual([
      { type: 'paragraph', content: [t('Hiện')] },
    ]);
  });

  it('keeps line breaks of <pre> and collapses whitespace elsewhere', () => {
    expect(blocks('<p>  a \n\t b  </p><pre>x\n  y</pre>')).toEqual([
      { type: 'paragraph', content: [t('a b')] },
      { type: 'paragraph', content: [t('x\n  y')] },
    ]);
  });
});

describe('lists', () => {
  it('numbers ordered items as a report writes them, from start and value', () => {
    expect(blocks('<ol start="3"><li>Ba</li><li value="7">Bảy</li><li>Tám</li></ol><ol type="I"><li>Một</li><li>Hai</li></ol>')).toEqual([
      { type: 'paragraph', content: [t('3. Ba')] },
      { type: 'paragraph', content: [t('7. Bảy')] },
      { type: 'paragraph', content: [t('8. Tám')] },
      { type: 'paragraph', content: [t('I. Một')] },
      { type: 'paragraph', content: [t('II. Hai')] },
    ]);
  });

  it('makes a loose <li> an item, and an item inside a table cell keeps its marker as text', () => {
    expect(blocks('<li>Lẻ</li><table><tr><td><ul><li>a</li></ul></td></tr></table>')).toEqual([
      { type: 'bullet', marker: '-', content: [t('Lẻ')] },
      { type: 'table', columnWidths: [1], headerRows: 0, rows: [{ cells: [{ paragraphs: [[t('- a')]] }] }] },
    ]);
  });
});

describe('the editor’s own clipboard markup', () => {
  it('brings back items, footnotes, header rows, widths, alignment and the caption', () => {
    const html = `<p data-pm-slice="0 0 []">Theo<sup class="rt-footnote" ${OWN_MARKUP.footnoteAttr}='[{"type":"text","text":"Số 12","italic":true}]'></sup></p>
      <p class="${OWN_MARKUP.bulletClass}" ${OWN_MARKUP.markerAttr}="+">Cấp xã</p>
      <table ${OWN_MARKUP.captionAttr}="Bảng 1"><tbody><tr><th colspan="2" ${OWN_MARKUP.colwidthAttr}="1,6">STT</th></tr>
      <tr><td ${OWN_MARKUP.colwidthAttr}="1" ${OWN_MARKUP.alignAttr}="right">1</td><td ${OWN_MARKUP.colwidthAttr}="6"><p>a</p><p>b</p></td></tr></tbody></table>`;
    expect(blocks(html)).toEqual([
      { type: 'paragraph', content: [t('Theo'), { type: 'footnote', content: [t('Số 12', { italic: true })] }] },
      { type: 'bullet', marker: '+', content: [t('Cấp xã')] },
      {
        type: 'table',
        columnWidths: [1, 6],
        headerRows: 1,
        caption: 'Bảng 1',
        rows: [{ cells: [{ paragraphs: [[t('STT')]], colSpan: 2 }] }, { cells: [{ paragraphs: [[t('1')]], align: 'right' }, { paragraphs: [[t('a')], [t('b')]] }] }],
      },
    ]);
  });

  it('drops a footnote attribute that is not runs', () => {
    expect(blocks(`<p>a<sup ${OWN_MARKUP.footnoteAttr}='{"x":1}'></sup><sup ${OWN_MARKUP.footnoteAttr}='không phải JSON'></sup></p>`)).toEqual([
      { type: 'paragraph', content: [t('a')] },
    ]);
  });
});

describe('limits', () => {
  it('survives markup nested far deeper than any document, keeping what it can read', () => {
    const depth = 20_000;
    const { blocks: result } = clipboardToBlocks({ html: `<p>đầu</p>${'<span>'.repeat(depth)}sâu${'</span>'.repeat(depth)}<p>cuối</p>` });
    expect(result[0]).toEqual({ type: 'paragraph', content: [t('đầu')] });
    expect(result[result.length - 1]).toEqual({ type: 'paragraph', content: [t('cuối')] });
  });

  it('keeps at most the model’s 63 columns of a table', () => {
    const row = `<tr>${Array.from({ length: 70 }, (_, i) => `<td>${i}</td>`).join('')}</tr>`;
    const [table] = blocks(`<table>${row}${row}</table>`) as [TableBlock];
    expect(table.columnWidths).toHaveLength(63);
    expect(table.rows.every((r) => r.cells.length === 63)).toBe(true);
  });

  it('gives nothing for markup without text', () => {
    expect(clipboardToBlocks({ html: '<img src="x"><p> </p><br>', text: '' }).blocks).toEqual([]);
  });
});
