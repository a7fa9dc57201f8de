/// <reference types="vite/client" />
/**
 * Real clipboard content (e2e/fixtures/clipboard/: Word 2016+, a web page, an Excel range as
 * HTML and as text, text copied from a PDF, legacy encodings, hostile markup) gives exactly the
 * expected blocks, and nothing but them.
 */
import { describe, expect, it } from 'vitest';
import excelHtml from '../../../../e2e/fixtures/clipboard/excel-range.html?raw';
import excelText from '../../../../e2e/fixtures/clipboard/excel-range.txt?raw';
import hostileHtml from '../../../../e2e/fixtures/clipboard/hostile.html?raw';
import pdfText from '../../../../e2e/fixtures/clipboard/pdf-text.txt?raw';
import vniText from '../../../../e2e/fixtures/clipboard/vni-plain.txt?raw';
import webHtml from '../../../../e2e/fixtures/clipboard/web-page.html?raw';
import wordHtml from '../../../../e2e/fixtures/clipboard/word-report.html?raw';
import wordTcvn3Html from '../../../../e2e/fixtures/clipboard/word-tcvn3.html?raw';
import { BlockSchema, type Block, type Inline, type TextRun } from '../draft-schema';
import { clipboardToBlocks } from './clipboard';
import { parseHtml } from './parse-html';

const t = (text: string, flags: Partial<Pick<TextRun, 'bold' | 'italic' | 'underline'>> = {}): TextRun => ({ type: 'text', text, ...flags });
const para = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const item = (marker: '-' | '+', ...content: Inline[]): Block => ({ type: 'bullet', marker, content });
const pasteHtml = (html: string, text = '') => clipboardToBlocks({ html: parseHtml(html), text });

function expectValid(blocks: readonly Block[]) {
  for (const block of blocks) expect(BlockSchema.safeParse(block).success).toBe(true);
}

describe('Word 2016+ clipboard HTML', () => {
  const { blocks, legacy } = pasteHtml(wordHtml);

  it('keeps paragraphs, formatting, list paragraphs by level and glyph, numbered labels and line breaks', () => {
    expect(blocks.slice(0, 10)).toEqual([
      para(t('I. KẾT QUẢ THỰC HIỆN', { bold: true })),
      para(
        t('Năm 2023, Ủy ban nhân dân xã đã ban hành '),
        t('Kế hoạch số 12/KH-UBND', { bold: true }),
        t(' ngày 15/01/2023 về '),
        t('tuyên truyền cải cách hành chính', { italic: true }),
        t('; '),
        t('kết quả cụ thể', { underline: true }),
        t(' như sau:'),
      ),
      item('-', t('Tổ chức 04 hội nghị tuyên truyền'), { type: 'footnote', content: [t('Gồm 02 hội nghị cấp huyện và '), t('02 hội nghị cấp xã', { italic: true }), t('.')] }, t(';')),
      item('+', t('Cấp xã: '), t('02', { bold: true }), t(' hội nghị;')),
      item('-', t('Phát hành 500 tờ rơi.')),
      item('-', t('Niêm yết công khai 100% thủ tục;')),
      item('+', t('Trực tuyến toàn trình: 35 thủ tục.')),
      para(t('1. Công tác chỉ đạo')),
      para(t('a) Ban hành văn bản')),
      para(t('Dòng thứ nhất\ndòng thứ hai.')),
    ]);
    expect(legacy).toBeNull();
  });

  it('keeps the table with its spans, alignment and widths, without Word’s spacer row', () => {
    expect(blocks).toHaveLength(11);
    expect(blocks[10]).toEqual({
      type: 'table',
      columnWidths: [36, 216, 72, 72],
      headerRows: 0,
      rows: [
        {
          cells: [
            { paragraphs: [[t('STT', { bold: true })]], rowSpan: 2, align: 'center' },
            { paragraphs: [[t('Lĩnh vực', { bold: true })]], rowSpan: 2, align: 'center' },
            { paragraphs: [[t('Số hồ sơ', { bold: true })]], colSpan: 2, align: 'center' },
          ],
        },
        { cells: [{ paragraphs: [[t('Trực tiếp', { bold: true })]], align: 'center' }, { paragraphs: [[t('Trực tuyến', { bold: true })]], align: 'center' }] },
        {
          cells: [
            { paragraphs: [[t('1')]], align: 'center' },
            { paragraphs: [[t('Hộ tịch')], [t('(kể cả chứng thực)', { italic: true })]], align: 'justify' },
            { paragraphs: [[t('702')]], align: 'right' },
            { paragraphs: [[t('410')]], align: 'right' },
          ],
        },
      ],
    });
    expectValid(blocks);
  });

  it('leaves out the notes list, hidden text, conditional fallbacks and Word’s markup', () => {
    const json = JSON.stringify(blocks);
    for (const gone of ['[1]', 'ghi chú ẩn', '·', 'mso', 'Symbol', 'o:p', 'Times New Roman']) expect(json).not.toContain(gone);
  });
});

describe('a web page copied in Chromium', () => {
  const { blocks } = pasteHtml(webHtml);

  it('keeps headings as paragraphs, bold/italic/underline from tags and styles, links as text, lists by nesting', () => {
    expect(blocks.slice(0, 9)).toEqual([
      para(t('Đẩy mạnh cải cách hành chính năm 2024', { bold: true })),
      para(
        t('Sáng ngày 12/3, '),
        t('Sở Nội vụ', { bold: true }),
        t(' tổ chức hội nghị triển khai Kế hoạch số 45/KH-SNV; các đơn vị '),
        t('cần hoàn thành', { italic: true }),
        t(' '),
        t('trước ngày 30/6', { underline: true }),
        t('.'),
      ),
      para(t('Nội dung chính:', { bold: true })),
      item('-', t('Rà soát thủ tục hành chính')),
      item('+', t('cấp tỉnh;')),
      item('+', t('cấp huyện.')),
      item('-', t('Số hóa hồ sơ')),
      para(t('a) Đăng ký trực tuyến')),
      para(t('b) Thanh toán trực tuyến')),
    ]);
  });

  it('keeps the table with its header row, caption and relative widths; drops hidden buttons and the image', () => {
    expect(blocks.slice(9)).toEqual([
      {
        type: 'table',
        columnWidths: [20, 80],
        headerRows: 1,
        caption: 'Bảng 1. Kết quả',
        rows: [
          { cells: [{ paragraphs: [[t('Chỉ tiêu')]] }, { paragraphs: [[t('Tỷ lệ')]], align: 'right' }] },
          { cells: [{ paragraphs: [[t('Đúng hạn')]] }, { paragraphs: [[t('98,5%')]], align: 'right' }] },
        ],
      },
      para(t('Nguồn: Sở Nội vụ')),
      para(t('Tác giả:', { bold: true }), t(' Phòng CCHC')),
    ]);
    expect(JSON.stringify(blocks)).not.toMatch(/Chia sẻ|banner|Hội nghị"|https?:/);
    expectValid(blocks);
  });
});

describe('an Excel range', () => {
  const expected: Block = {
    type: 'table',
    columnWidths: [48, 168, 48, 48],
    headerRows: 0,
    rows: [
      {
        cells: ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Đúng hạn'].map((text) => ({ paragraphs: [[t(text, { bold: true })]], align: 'center' as const })),
      },
      {
        cells: [
          { paragraphs: [[t('1')]], align: 'right' },
          { paragraphs: [[t('Hộ tịch')]] },
          { paragraphs: [[t('1.126')]], align: 'right' },
          { paragraphs: [[t('1.126')]], align: 'right' },
        ],
      },
      {
        cells: [
          { paragraphs: [[t('2')]], align: 'right' },
          { paragraphs: [[t('Chứng thực\n(bản sao)', { italic: true })]] },
          { paragraphs: [[t('2.318')]], align: 'right' },
          { paragraphs: [[t('2.316')]], align: 'right' },
        ],
      },
    ],
  };

  it('as HTML: a table with the bold and alignment of Excel’s class rules and the column widths', () => {
    const { blocks } = pasteHtml(excelHtml, excelText);
    expect(blocks).toEqual([expected]);
    expectValid(blocks);
  });

  it('as tab-separated text: a table, a quoted cell keeping its line break as a paragraph', () => {
    const { blocks } = clipboardToBlocks({ text: excelText });
    expect(blocks).toEqual([
      {
        type: 'table',
        columnWidths: [1, 1, 1, 1],
        headerRows: 0,
        rows: [
          { cells: ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Đúng hạn'].map((text) => ({ paragraphs: [[t(text)]] })) },
          { cells: ['1', 'Hộ tịch', '1.126', '1.126'].map((text) => ({ paragraphs: [[t(text)]] })) },
          { cells: [{ paragraphs: [[t('2')]] }, { paragraphs: [[t('Chứng thực')], [t('(bản sao)')]] }, { paragraphs: [[t('2.318')]] }, { paragraphs: [[t('2.316')]] }] },
        ],
      },
    ]);
  });
});

describe('plain text', () => {
  it('from a PDF: hard-wrapped lines join, "-", "+" and "•" lines become items, blank lines separate', () => {
    expect(clipboardToBlocks({ text: pdfText }).blocks).toEqual([
      para(t('Năm 2023, công tác cải cách hành chính của tỉnh tiếp tục được quan tâm chỉ đạo, triển khai đồng bộ trên các lĩnh vực, đạt được nhiều kết quả tích cực.')),
      item('-', t('Ban hành 12 kế hoạch, 25 văn bản chỉ đạo, điều hành về cải cách hành chính;')),
      item('+', t('Cấp tỉnh: 05 kế hoạch;')),
      item('-', t('Tổ chức 04 hội nghị.')),
      para(t('Chỉ số cải cách hành chính (PAR INDEX) năm 2023 xếp thứ 15/63 tỉnh, thành phố.')),
    ]);
  });

  it('is NFC and carries no character the export cannot', () => {
    const { blocks } = clipboardToBlocks({ text: 'Vie\u0302\u0323t\u0007 Nam\uFFFF' });
    expect(blocks).toEqual([para(t('Việt Nam'))]);
  });

  it('one line with a tab is text, not a table, unless it ends like a copied range', () => {
    expect(clipboardToBlocks({ text: 'Điều 1\tNội dung' }).blocks).toEqual([para(t('Điều 1\tNội dung'))]);
    expect(clipboardToBlocks({ text: 'a\tb\r\n' }).blocks[0]?.type).toBe('table');
  });
});

describe('legacy encodings', () => {
  it('converts text set in TCVN3 fonts (capitals fonts too) and leaves the Unicode paragraph alone', () => {
    const { blocks, legacy, unconverted } = pasteHtml(wordTcvn3Html);
    expect(blocks).toEqual([
      para(t('BÁO CÁO KẾT QUẢ', { bold: true })),
      para(t('ủy ban nhân dân xã đã tổ chức tuyên truyền '), t('cải cách hành chính', { bold: true }), t(' đến toàn thể cán bộ, công chức.')),
      para(t('Năm 2023 (Unicode).')),
    ]);
    expect(legacy).toEqual({ encoding: 'tcvn3', by: 'font' });
    expect(JSON.stringify(unconverted)).toContain('nh©n d©n');
  });

  it('recognises VNI text without any font and converts it', () => {
    const { blocks, legacy } = clipboardToBlocks({ text: vniText });
    expect(blocks).toEqual([para(t('Kết quả thực hiện nhiệm vụ năm 2023 của Ủy ban nhân dân xã.')), para(t('Phương hướng nhiệm vụ năm 2024.'))]);
    expect(legacy).toEqual({ encoding: 'vni', by: 'detection' });
  });

  it('leaves Unicode Vietnamese as it is', () => {
    const { legacy, unconverted } = clipboardToBlocks({ text: 'Báo cáo kết quả công tác năm 2023.' });
    expect(legacy).toBeNull();
    expect(unconverted).toBeNull();
  });
});

describe('hostile markup', () => {
  const { blocks } = pasteHtml(hostileHtml.replaceAll('BEACON_URL', 'http://127.0.0.1:9/beacon.png'));

  it('keeps only the words of the report', () => {
    expect(blocks).toEqual([
      para(t('Đoạn một')),
      para(t('liên kết và dữ liệu')),
      para(t('Tóm tắt')),
      para(t('Chi tiết')),
      para(t('Kiểu chữ độc')),
      para(t('Cuốichạy.')),
    ]);
  });

  it('carries nothing of scripts, handlers, URLs, styles or embedded documents', () => {
    const json = JSON.stringify(blocks);
    for (const gone of ['__pasteRan', 'javascript', 'onerror', 'http', 'script', 'svg', 'lọt vào', 'ẩn', 'toán', 'ô nhập', 'Nút', 'red', 'url(']) {
      expect(json).not.toContain(gone);
    }
  });
});
