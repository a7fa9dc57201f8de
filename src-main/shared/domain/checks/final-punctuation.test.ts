import { describe, expect, it } from 'vitest';
import type { Block } from '../draft-schema';
import { plain } from '../inline-text';
import { endsWithPunctuation } from './final-punctuation';
import { checkDraft } from './registry';
import { bullet, cleanDraft, deepFreeze, only, paragraph, section } from './test-draft';

const lastBlocks = (blocks: Block[], closing = 'Trên đây là báo cáo của Sở') =>
  deepFreeze(
    cleanDraft((d) => {
      d.sections = [section('s', 'Kết quả', blocks)];
      d.closing = plain(closing);
    }),
  );

describe('final punctuation', () => {
  it('knows the marks that end a paragraph, inside closing quotes or brackets too', () => {
    for (const text of ['Xong.', 'như sau:', 'ý một;', 'Vì sao?', 'Hết…', 'năm 2023./.', 'cuộc thi “Tìm hiểu”.', '(quangtri.gov.vn).', '“Năm 2023.”']) {
      expect(endsWithPunctuation(text), text).toBe(true);
    }
    for (const text of ['Xong', 'tại (quangtri.gov.vn)', 'cuộc thi “Tìm hiểu”', '95%']) expect(endsWithPunctuation(text), text).toBe(false);
  });

  it('warns of a body paragraph without a final mark and adds a full stop', () => {
    const draft = lastBlocks([paragraph('Sở đã ban hành kế hoạch'), paragraph('Kết thúc.')]);
    const finding = only(draft, 'punctuation.paragraphEnd');
    expect(finding).toMatchObject({ severity: 'warning', field: ['sections', 0, 'blocks', 0] });
    const fixed = finding.fix?.apply(draft);
    expect(fixed?.sections[0]?.blocks[0]).toEqual(paragraph('Sở đã ban hành kế hoạch.'));
  });

  it('suggests ";" between items, "." after the last and ":" before a list', () => {
    const draft = lastBlocks([paragraph('Kết quả gồm'), bullet('Ý một'), bullet('Ý hai', '+'), bullet('Ý ba'), paragraph('Kết thúc.')]);
    const found = checkPunctuation(draft);
    expect(found.map((f) => [f.id, f.field.at(-1), f.fix?.label])).toEqual([
      ['punctuation.paragraphEnd', 0, 'Thêm dấu “:”'],
      ['punctuation.bulletEnd', 1, 'Thêm dấu “;”'],
      ['punctuation.bulletEnd', 2, 'Thêm dấu “;”'],
      ['punctuation.bulletEnd', 3, 'Thêm dấu “.”'],
    ]);
  });

  it('leaves headings, bold lead-ins, empty paragraphs and tables alone', () => {
    const bold: Block = { type: 'paragraph', content: [{ type: 'text', text: 'a) Công tác tuyên truyền', bold: true }] };
    const table: Block = { type: 'table', columnWidths: [1], headerRows: 0, rows: [{ cells: [{ paragraphs: [plain('Số liệu')] }] }] };
    const draft = lastBlocks([bold, paragraph(''), table, paragraph('Kết thúc.')]);
    expect(checkPunctuation(draft)).toEqual([]);
  });

  it('leaves the paragraph that gets "./." alone: the last one when there is no closing', () => {
    const noClosing = lastBlocks([paragraph('Đoạn giữa.'), paragraph('Đoạn cuối, sẽ có dấu kết thúc')], '');
    expect(checkPunctuation(noClosing)).toEqual([]);
    const withClosing = lastBlocks([paragraph('Đoạn giữa.'), paragraph('Đoạn cuối, sẽ có dấu kết thúc')]);
    expect(only(withClosing, 'punctuation.paragraphEnd').field).toEqual(['sections', 0, 'blocks', 1]);
    // A heading after it means it is not the last: the page puts "./." on its own line then.
    const heading = deepFreeze(
      cleanDraft((d) => {
        d.sections = [section('a', 'Một', [paragraph('Chưa có dấu')]), section('b', 'Hai', [], [section('c', 'Ba', [paragraph('Cuối')])])];
        d.closing = [];
      }),
    );
    expect(checkPunctuation(heading).map((f) => f.field)).toEqual([['sections', 0, 'blocks', 0]]);
  });

  it('treats each appendix as its own content with its own end mark', () => {
    const draft = deepFreeze(
      cleanDraft((d) => {
        d.appendices = [{ id: 'a', title: 'Số liệu', blocks: [paragraph('Ghi chú không dấu'), paragraph('Cuối phụ lục')] }];
      }),
    );
    expect(checkPunctuation(draft).map((f) => f.field)).toEqual([['appendices', 0, 'blocks', 0]]);
  });

  it('does not touch a paragraph that changed after the check', () => {
    const draft = lastBlocks([paragraph('Chưa có dấu'), paragraph('Kết thúc.')]);
    const finding = only(draft, 'punctuation.paragraphEnd');
    const edited = { ...draft, sections: [{ ...draft.sections[0]!, blocks: [paragraph('Đã sửa khác'), paragraph('Kết thúc.')] }] };
    expect(finding.fix?.apply(edited)).toEqual(edited);
  });
});

function checkPunctuation(draft: ReturnType<typeof cleanDraft>) {
  return checkDraft(draft).filter((f) => f.id.startsWith('punctuation.'));
}
