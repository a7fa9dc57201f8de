/**
 * Drafts built in code for tests and the bench: a full-feature report (every block kind, marks,
 * footnotes, appendices, Kính gửi list) and variants. Not used by the app itself.
 */
import { DRAFT_SCHEMA_VERSION, type AuthorityPrefix, type Block, type Draft, type Inline, type Section, type TextRun } from '../../shared/domain/draft-schema';

const t = (text: string, extra: Partial<TextRun> = {}): TextRun => ({ type: 'text', text, ...extra });
const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const section = (id: string, title: string, blocks: Block[], children: Section[] = []): Section => ({ id, title, blocks, children });

/** Sentences of the full-feature draft's body, in reading order (for rendering checks). */
export const FULL_FEATURE_SENTENCES = [
  'Thực hiện Kế hoạch số 125/KH-UBND ngày 15 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh',
  'Năm 2023, Sở đã tổ chức 24 hội nghị tuyên truyền với hơn 3.200 lượt người tham dự.',
  'Cổng thông tin điện tử đăng tải 1.250 tin, bài về cải cách hành chính.',
  'Đối với cấp tỉnh, công tác tuyên truyền được triển khai đồng bộ.',
  'Hội nghị trực tuyến kết nối 9 huyện, thị xã, thành phố',
  'Một số đơn vị chưa quan tâm đúng mức đến công tác tuyên truyền.',
  'Tiếp tục đổi mới nội dung, hình thức tuyên truyền.',
  'Trên đây là báo cáo kết quả công tác tuyên truyền cải cách hành chính năm 2023',
];

/** A report using every feature of the model. */
export function fullFeatureDraft(overrides: Partial<Draft> = {}): Draft {
  const table: Block = {
    type: 'table',
    caption: 'Bảng 1. Kết quả tuyên truyền theo hình thức',
    columnWidths: [1, 5, 2, 2],
    headerRows: 1,
    rows: [
      { cells: [{ paragraphs: [[t('TT')]] }, { paragraphs: [[t('Hình thức')]] }, { paragraphs: [[t('Số lượng')]] }, { paragraphs: [[t('Ghi chú')]] }] },
      { cells: [{ paragraphs: [[t('1')]], align: 'center' }, { paragraphs: [[t('Hội nghị')]] }, { paragraphs: [[t('24')]], align: 'right' }, { paragraphs: [[]] }] },
      { cells: [{ paragraphs: [[t('2')]], align: 'center' }, { paragraphs: [[t('Tin, bài'), { type: 'footnote', content: [t('Tính cả tin đăng lại từ báo Trung ương.')] }]] }, { paragraphs: [[t('1.250')]], align: 'right' }, { paragraphs: [[t('')]] }] },
      { cells: [{ paragraphs: [[t('Tổng cộng', { bold: true })]], colSpan: 2 }, { paragraphs: [[t('1.274')]], align: 'right' }, { paragraphs: [[]] }] },
    ],
  };
  const draft: Draft = {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    meta: { id: 'full-feature-0001', createdAt: '2023-11-20T08:00:00.000Z', updatedAt: '2023-11-20T09:00:00.000Z', template: 'bao-cao', status: 'draft' },
    header: {
      parentAgency: 'UBND TỈNH QUẢNG TRỊ',
      issuingAgency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      number: '',
      typeAbbr: 'BC',
      agencyAbbr: 'STTTT',
      extraGroup: '',
      place: 'Quảng Trị',
      date: { day: null, month: 11, year: 2023 },
    },
    marks: { urgency: 'KHẨN', secrecy: '', circulation: 'LƯU HÀNH NỘI BỘ', draftMark: true, addressLine: 'Địa chỉ: 01 Hùng Vương, Đông Hà, Quảng Trị. ĐT: 0233.3555888. Email: stttt@quangtri.gov.vn' },
    title: 'Kết quả công tác tuyên truyền cải cách hành chính\nnăm 2023',
    kinhGui: ['Ủy ban nhân dân tỉnh Quảng Trị', 'Sở Nội vụ tỉnh Quảng Trị'],
    opening: [
      p(
        t('Thực hiện Kế hoạch số 125/KH-UBND ngày 15 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh'),
        { type: 'footnote', content: [t('Kế hoạch tuyên truyền cải cách hành chính năm 2023.')] },
        t(' về tuyên truyền cải cách hành chính năm 2023, Sở Thông tin và Truyền thông báo cáo kết quả như sau:'),
      ),
    ],
    outlineStart: 'roman',
    partStyle: 'none',
    sections: [
      section('s1', 'Kết quả đạt được', [], [
        section('s1-1', 'Công tác chỉ đạo, điều hành', [
          p(t('Năm 2023, Sở đã tổ chức '), t('24 hội nghị', { bold: true }), t(' tuyên truyền với hơn 3.200 lượt người tham dự.')),
          p(t('Cổng thông tin điện tử đăng tải 1.250 tin, bài về '), t('cải cách hành chính', { italic: true }), t('.'), { type: 'footnote', content: [t('Số liệu đến ngày 15 tháng 11 năm 2023.')] }),
          table,
        ], [
          section('s1-1-a', '', [p(t('Đối với cấp tỉnh, công tác tuyên truyền được triển khai đồng bộ.'))]),
          section('s1-1-b', 'Đối với cấp huyện', [
            { type: 'bullet', marker: '-', content: [t('Hội nghị trực tuyến kết nối 9 huyện, thị xã, thành phố;')] },
            { type: 'bullet', marker: '+', content: [t('Tọa đàm '), t('“Cải cách hành chính vì nhân dân”', { underline: true }), t('.')] },
          ]),
        ]),
        section('s1-2', '', [p(t('Công tác kiểm tra được thực hiện thường xuyên.\tKết quả\nđạt yêu cầu.'))]),
      ]),
      section('s2', 'Tồn tại, hạn chế', [p(t('Một số đơn vị chưa quan tâm đúng mức đến công tác tuyên truyền.'))]),
      section('s3', 'Phương hướng, nhiệm vụ năm 2024', [p(t('Tiếp tục đổi mới nội dung, hình thức tuyên truyền.'))]),
    ],
    closing: [t('Trên đây là báo cáo kết quả công tác tuyên truyền cải cách hành chính năm 2023 của Sở Thông tin và Truyền thông.')],
    appendices: [
      { id: 'pl1', title: 'Danh mục hội nghị tuyên truyền', orientation: 'portrait', blocks: [p(t('Danh sách 24 hội nghị đã tổ chức trong năm.'))], sections: [] },
      {
        id: 'pl2',
        title: 'Số liệu tin, bài',
        orientation: 'portrait',
        blocks: [],
        sections: [section('pl2-s1', 'Cổng thông tin điện tử', [p(t('Đăng tải 1.250 tin, bài.'), { type: 'footnote', content: [t('Nguồn: Cổng thông tin điện tử tỉnh.')] })])],
      },
    ],
    noiNhan: { recipients: ['Như trên', 'Giám đốc Sở (b/c)', 'Các Phó Giám đốc Sở'], archive: 'VT, TTBCXB' },
    signer: { authority: [{ prefix: 'KT.', title: 'Giám đốc' }], title: 'Phó Giám đốc', name: 'Nguyễn Văn An' },
    drafter: { code: 'pl', copies: 300 },
  };
  return { ...draft, ...overrides };
}

/** A short report with no optional parts: one recipient-less, mark-less, appendix-less body. */
export function minimalDraft(overrides: Partial<Draft> = {}): Draft {
  return fullFeatureDraft({
    marks: { urgency: '', secrecy: '', circulation: '', draftMark: false, addressLine: '' },
    kinhGui: [],
    appendices: [],
    ...overrides,
  });
}

/** The signer of each authority prefix and of the two-prefix forms, as NĐ30 §8.1 shows them. */
export const SIGNER_VARIANTS: Record<AuthorityPrefix | 'none' | 'TM. KT.' | 'TL. KT.', Draft['signer']> = {
  none: { authority: [], title: 'Giám đốc', name: 'Nguyễn Văn An' },
  'TM.': { authority: [{ prefix: 'TM.', title: 'Ủy ban nhân dân' }], title: 'Chủ tịch', name: 'Lê Văn Bình' },
  'KT.': { authority: [{ prefix: 'KT.', title: 'Giám đốc' }], title: 'Phó Giám đốc', name: 'Trần Thị Cúc' },
  'TL.': { authority: [{ prefix: 'TL.', title: 'Giám đốc' }], title: 'Chánh Văn phòng', name: 'Phạm Văn Dũng' },
  'TUQ.': { authority: [{ prefix: 'TUQ.', title: 'Giám đốc' }], title: 'Trưởng phòng Hành chính', name: 'Hoàng Thị Em' },
  'Q.': { authority: [{ prefix: 'Q.', title: 'Giám đốc' }], title: '', name: 'Võ Văn Giang' },
  'TM. KT.': {
    authority: [{ prefix: 'TM.', title: 'Ủy ban nhân dân' }, { prefix: 'KT.', title: 'Chủ tịch' }],
    title: 'Phó Chủ tịch',
    name: 'Đặng Văn Hùng',
  },
  'TL. KT.': {
    authority: [{ prefix: 'TL.', title: 'Giám đốc' }, { prefix: 'KT.', title: 'Chánh Văn phòng' }],
    title: 'Phó Chánh Văn phòng',
    name: 'Bùi Thị Lan',
  },
};
