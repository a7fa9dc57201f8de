import { describe, expect, it } from 'vitest';
import { plain } from '../inline-text';
import { unpadMonths } from './month-format';
import { checkDraft } from './registry';
import { cleanDraft, deepFreeze, findings, paragraph } from './test-draft';

describe('months written with a leading zero', () => {
  it('unpads months 3 to 12 and leaves 01 and 02 padded', () => {
    expect(unpadMonths('ngày 15 tháng 03 năm 2023, tháng 09, tháng 010, Tháng 01, tháng 02, tháng 3, tháng 12')).toBe(
      'ngày 15 tháng 3 năm 2023, tháng 9, tháng 10, Tháng 01, tháng 02, tháng 3, tháng 12',
    );
    expect(unpadMonths('ngày 05/03/2023 và ngày 07/02/2023; số 15/03/KH')).toBe('ngày 05/3/2023 và ngày 07/02/2023; số 15/03/KH');
  });

  it('reports a padded month in the closing, body, table cells and appendices, and fixes each', () => {
    const draft = deepFreeze(
      cleanDraft((d) => {
        d.closing = plain('Trên đây là báo cáo tháng 03 năm 2023 của Sở');
        d.sections[0]?.blocks.push(paragraph('Hội nghị ngày 15/04/2023 đã thống nhất.'));
        d.appendices = [
          {
            id: 'a',
            title: 'Số liệu',
            blocks: [{ type: 'table', columnWidths: [1], headerRows: 0, rows: [{ cells: [{ paragraphs: [plain('Tháng 06')] }] }] }],
          },
        ];
      }),
    );
    const found = findings(draft, 'month.leadingZero');
    expect(found.map((f) => f.field)).toEqual([['sections', 0, 'blocks', 3], ['closing'], ['appendices', 0, 'blocks', 0, 'rows', 0, 'cells', 0]]);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    const fixed = found.reduce((d, f) => f.fix?.apply(d) ?? d, draft);
    expect(checkDraft(fixed)).toEqual([]);
    expect(fixed.closing).toEqual(plain('Trên đây là báo cáo tháng 3 năm 2023 của Sở'));
  });

  it('does not fire on January and February or on months without a zero', () => {
    const draft = cleanDraft((d) => {
      d.closing = plain('Trên đây là báo cáo từ tháng 01 đến tháng 02 và tháng 11 năm 2023 (ngày 07/02/2023)');
    });
    expect(findings(draft, 'month.leadingZero')).toEqual([]);
  });
});
