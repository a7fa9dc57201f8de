import { describe, expect, it } from 'vitest';
import { plain } from '../inline-text';
import samples from '../legacy-text/fixtures/public-samples.json';
import { toTcvn3, toVni } from '../legacy-text';
import { checkDraft } from './registry';
import { cleanDraft, deepFreeze, findings, only, paragraph } from './test-draft';

describe('legacy-encoded text', () => {
  it('reports TCVN3 text in a field, names the encoding, and converts it', () => {
    const draft = deepFreeze(cleanDraft((d) => (d.header.issuingAgency = 'Bé Néi vô')));
    const finding = only(draft, 'legacy.encoding');
    expect(finding).toMatchObject({ severity: 'error', field: ['header', 'issuingAgency'] });
    expect(finding.message).toContain('TCVN3');
    expect(finding.message).toContain('“Bộ Nội vụ”');
    expect(finding.fix?.apply(draft).header.issuingAgency).toBe('Bộ Nội vụ');
  });

  it('reports a VNI paragraph split into formatted runs, and converts every run', () => {
    const draft = deepFreeze(
      cleanDraft((d) => {
        d.opening = [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: toVni('Thực hiện Kế hoạch của ') },
              { type: 'text', text: toVni('Ủy ban nhân dân tỉnh'), bold: true },
              { type: 'footnote', content: [{ type: 'text', text: 'Kế hoạch số 22/KH-UBND.' }] },
              { type: 'text', text: toVni(', Sở báo cáo như sau:') },
            ],
          },
        ];
      }),
    );
    const finding = only(draft, 'legacy.encoding');
    expect(finding.field).toEqual(['opening', 0]);
    expect(finding.message).toContain('VNI');
    const fixed = finding.fix?.apply(draft);
    expect(fixed?.opening[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Thực hiện Kế hoạch của ' },
        { type: 'text', text: 'Ủy ban nhân dân tỉnh', bold: true },
        { type: 'footnote', content: [{ type: 'text', text: 'Kế hoạch số 22/KH-UBND.' }] },
        { type: 'text', text: ', Sở báo cáo như sau:' },
      ],
    });
    expect(fixed && checkDraft(fixed)).toEqual([]);
  });

  it('finds legacy text in every kind of place the walk visits', () => {
    const tc = (s: string) => toTcvn3(s);
    const draft = cleanDraft((d) => {
      d.header.parentAgency = toTcvn3('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', { capsFont: true });
      d.header.place = tc('Đà Nẵng');
      d.marks = { addressLine: tc('Số 10 đường Hùng Vương, thành phố Đông Hà') };
      d.title = tc('Kết quả công tác tuyên truyền năm 2023');
      d.kinhGui = [tc('Ủy ban nhân dân tỉnh')];
      d.sections[0]!.title = tc('Kết quả thực hiện');
      d.sections[0]!.blocks.push(
        { type: 'bullet', marker: '+', content: [{ type: 'text', text: 'Tin ' }, { type: 'footnote', content: [{ type: 'text', text: tc('Đăng trên cổng thông tin điện tử') }] }, { type: 'text', text: '.' }] },
        { type: 'table', columnWidths: [1], headerRows: 0, caption: tc('Bảng tổng hợp số liệu'), rows: [{ cells: [{ paragraphs: [plain(tc('Số lượng tin bài'))] }] }] },
      );
      d.closing = plain(tc('Trên đây là báo cáo của Sở'));
      d.appendices = [{ id: 'a', title: tc('Danh sách đơn vị'), blocks: [paragraph(tc('Các phòng chuyên môn của Sở.'))] }];
      d.noiNhan = { recipients: [tc('Sở Nội vụ')], archive: tc('Văn phòng') };
      d.signer = { authority: [{ prefix: 'KT.', title: tc('GIÁM ĐỐC') }], title: tc('PHÓ GIÁM ĐỐC'), name: tc('Nguyễn Hoàn') };
    });
    const fields = findings(draft, 'legacy.encoding').map((f) => f.field.join('.'));
    expect(fields).toEqual([
      'header.parentAgency',
      'header.place',
      'marks.addressLine',
      'title',
      'kinhGui.0',
      'sections.0.title',
      'sections.0.blocks.3',
      'sections.0.blocks.4.caption',
      'sections.0.blocks.4.rows.0.cells.0',
      'closing',
      'appendices.0.title',
      'appendices.0.blocks.0',
      'noiNhan.recipients.0',
      'noiNhan.archive',
      'signer.authority.0.title',
      'signer.title',
      'signer.name',
    ]);
    const fixed = checkDraft(draft)
      .filter((f) => f.id === 'legacy.encoding')
      .reduce((d, f) => f.fix?.apply(d) ?? d, draft);
    expect(findings(fixed, 'legacy.encoding')).toEqual([]);
    expect(fixed.header.parentAgency).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ');
    expect(fixed.header.place).toBe('Đà Nẵng');
    expect(fixed.sections[0]?.blocks[4]).toMatchObject({ caption: 'Bảng tổng hợp số liệu', rows: [{ cells: [{ paragraphs: [plain('Số lượng tin bài')] }] }] });
    expect(fixed.signer.name).toBe('Nguyễn Hoàn');
  });

  it('does not fire on the Unicode report, nor twice after its fix', () => {
    expect(findings(cleanDraft(), 'legacy.encoding')).toEqual([]);
    const draft = cleanDraft((d) => (d.header.place = samples.cases[0]!.legacy));
    const fix = only(draft, 'legacy.encoding').fix;
    const once = fix?.apply(draft);
    expect(once && fix?.apply(once)).toBe(once);
  });
});
