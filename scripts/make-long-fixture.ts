/**
 * Writes e2e/fixtures/drafts/long-report.json: a long v2 report (well over 10 printed pages) that
 * exercises every layout level at once — Phần / Mục / khoản / điểm, an unnumbered heading, bold
 * and italic runs, footnotes, a table whose two header rows carry row-spanning "STT" and "Ghi
 * chú" cells and column spans, a landscape appendix with a wide table, and a TM./KT. signer.
 * The text is a district's year-end socio-economic report, built from its sector data so the
 * figures stay consistent. Run: npx tsx scripts/make-long-fixture.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DRAFT_SCHEMA_VERSION, DraftSchema, type Block, type DraftInput, type Inline, type Section, type TableCell } from '../src-main/shared/domain/draft-schema';

const t = (text: string, extra: { bold?: boolean; italic?: boolean } = {}): Inline => ({ type: 'text', text, ...extra });
const note = (text: string): Inline => ({ type: 'footnote', content: [{ type: 'text', text }] });
const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const dash = (text: string): Block => ({ type: 'bullet', marker: '-', content: [t(text)] });
const plus = (text: string): Block => ({ type: 'bullet', marker: '+', content: [t(text)] });
let nextId = 1;
const sec = (title: string, blocks: Block[], children: Section[] = [], extra: Partial<Section> = {}): Section => ({
  id: `s${nextId++}`,
  title,
  blocks,
  children,
  ...extra,
});
const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ paragraphs: [[t(text)]], ...extra });

/** One sector of the economy with its 2024 figures. */
interface Sector {
  name: string;
  target: string;
  result: string;
  detail: string[];
  limits: string;
}

const SECTORS: Sector[] = [
  {
    name: 'Sản xuất nông, lâm nghiệp và thủy sản',
    target: 'tổng giá trị sản xuất đạt 2.150 tỷ đồng',
    result: 'ước đạt 2.187 tỷ đồng, bằng 101,7% kế hoạch, tăng 4,2% so với năm 2023',
    detail: [
      'Tổng diện tích gieo trồng cây hằng năm đạt 18.420 ha, bằng 100,8% kế hoạch; năng suất lúa bình quân đạt 62,5 tạ/ha, sản lượng lương thực có hạt đạt 71.350 tấn.',
      'Chăn nuôi phát triển ổn định, tổng đàn trâu 12.300 con, đàn bò 8.950 con, đàn lợn 96.400 con; công tác tiêm phòng vắc xin định kỳ đạt 92% tổng đàn.',
      'Trồng mới 1.250 ha rừng tập trung, tỷ lệ che phủ rừng đạt 58,3%; không để xảy ra cháy rừng lớn trên địa bàn.',
    ],
    limits: 'một số diện tích lúa vụ mùa bị ảnh hưởng do mưa lớn kéo dài cuối tháng 9, giá vật tư nông nghiệp tăng cao làm giảm hiệu quả sản xuất',
  },
  {
    name: 'Công nghiệp, tiểu thủ công nghiệp và xây dựng',
    target: 'giá trị sản xuất công nghiệp đạt 3.400 tỷ đồng',
    result: 'ước đạt 3.512 tỷ đồng, bằng 103,3% kế hoạch, tăng 9,6% so với cùng kỳ',
    detail: [
      'Cụm công nghiệp Bắc Sơn thu hút thêm 03 dự án với tổng vốn đăng ký 420 tỷ đồng, nâng tỷ lệ lấp đầy lên 71%.',
      'Các làng nghề truyền thống duy trì sản xuất, giải quyết việc làm thường xuyên cho khoảng 2.300 lao động nông thôn.',
      'Hoàn thành và đưa vào sử dụng 27 công trình xây dựng cơ bản, trong đó có 09 công trình trường học và 05 công trình giao thông liên xã.',
    ],
    limits: 'tiến độ giải phóng mặt bằng một số dự án còn chậm, năng lực của một số nhà thầu chưa đáp ứng yêu cầu',
  },
  {
    name: 'Thương mại, dịch vụ và du lịch',
    target: 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 2.900 tỷ đồng',
    result: 'ước đạt 2.968 tỷ đồng, bằng 102,3% kế hoạch, tăng 11,4% so với năm 2023',
    detail: [
      'Mạng lưới chợ nông thôn được cải tạo, nâng cấp 04 chợ; các cửa hàng tiện lợi và điểm bán hàng bình ổn giá hoạt động ổn định.',
      'Đón khoảng 185.000 lượt khách du lịch, tăng 18% so với cùng kỳ; doanh thu từ du lịch ước đạt 210 tỷ đồng.',
      'Triển khai chương trình mỗi xã một sản phẩm, có thêm 12 sản phẩm được công nhận đạt 3 sao trở lên.',
    ],
    limits: 'sản phẩm du lịch còn đơn điệu, chưa có nhiều dịch vụ lưu trú đạt chuẩn để giữ chân du khách',
  },
  {
    name: 'Tài chính, ngân sách và tín dụng',
    target: 'thu ngân sách nhà nước trên địa bàn đạt 385 tỷ đồng',
    result: 'ước đạt 402,6 tỷ đồng, bằng 104,6% dự toán tỉnh giao, tăng 6,1% so với cùng kỳ',
    detail: [
      'Chi ngân sách địa phương ước thực hiện 1.126 tỷ đồng, bảo đảm các nhiệm vụ chi thường xuyên, chi an sinh xã hội và chi đầu tư phát triển.',
      'Dư nợ tín dụng chính sách xã hội đạt 742 tỷ đồng, tăng 8,5%; tỷ lệ nợ quá hạn được kiểm soát ở mức 0,12%.',
      'Giải ngân vốn đầu tư công đến ngày 31 tháng 12 ước đạt 96,8% kế hoạch vốn được giao.',
    ],
    limits: 'nguồn thu từ tiền sử dụng đất chưa đạt dự toán do thị trường bất động sản trầm lắng',
  },
  {
    name: 'Tài nguyên và môi trường',
    target: 'cấp giấy chứng nhận quyền sử dụng đất lần đầu đạt 98% diện tích đủ điều kiện',
    result: 'đã cấp 1.846 giấy chứng nhận, nâng tỷ lệ diện tích được cấp lên 98,4%',
    detail: [
      'Hoàn thành lập kế hoạch sử dụng đất năm 2025 cấp huyện, trình Ủy ban nhân dân tỉnh phê duyệt đúng thời hạn.',
      'Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý tại khu vực đô thị đạt 96%, khu vực nông thôn đạt 72%.',
      'Kiểm tra 38 cơ sở sản xuất, kinh doanh về bảo vệ môi trường, xử lý vi phạm hành chính 05 trường hợp với số tiền 186 triệu đồng.',
    ],
    limits: 'tình trạng khai thác cát, sỏi trái phép trên sông còn diễn biến phức tạp, việc xử lý rác thải ở khu vực nông thôn chưa triệt để',
  },
  {
    name: 'Kinh tế tập thể và phát triển doanh nghiệp',
    target: 'thành lập mới 60 doanh nghiệp và 08 hợp tác xã',
    result: 'thành lập mới 52 doanh nghiệp, đạt 86,7% kế hoạch, và 09 hợp tác xã, đạt 112,5% kế hoạch',
    detail: [
      'Toàn huyện có 486 doanh nghiệp đang hoạt động với tổng vốn đăng ký khoảng 5.240 tỷ đồng, giải quyết việc làm cho hơn 7.600 lao động.',
      'Các hợp tác xã nông nghiệp từng bước đổi mới phương thức hoạt động, liên kết tiêu thụ sản phẩm với doanh nghiệp; doanh thu bình quân đạt 1,6 tỷ đồng/hợp tác xã.',
      'Tổ chức 02 hội nghị đối thoại với doanh nghiệp, tiếp nhận và trả lời 37 kiến nghị thuộc thẩm quyền của huyện.',
    ],
    limits: 'quy mô doanh nghiệp chủ yếu nhỏ và siêu nhỏ, năng lực quản trị và khả năng tiếp cận vốn còn hạn chế',
  },
];

/** One social field with its 2024 figures. */
interface Field {
  name: string;
  lines: string[];
}

const FIELDS: Field[] = [
  {
    name: 'Giáo dục và đào tạo',
    lines: [
      'Năm học 2023 - 2024 toàn huyện có 68 trường với 31.540 học sinh; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 99,2%.',
      'Có thêm 06 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 52 trường, đạt 76,5%.',
      'Đội ngũ giáo viên được bồi dưỡng theo chương trình giáo dục phổ thông mới; cơ sở vật chất từng bước được đầu tư đồng bộ.',
    ],
  },
  {
    name: 'Y tế và chăm sóc sức khỏe nhân dân',
    lines: [
      'Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,6%; 100% trạm y tế xã có bác sĩ làm việc.',
      'Công tác phòng, chống dịch bệnh được triển khai chủ động, không để xảy ra dịch lớn trên địa bàn.',
      'Triển khai khám, chữa bệnh bằng căn cước công dân gắn chip tại 100% cơ sở y tế công lập.',
    ],
  },
  {
    name: 'Văn hóa, thông tin và thể thao',
    lines: [
      'Tổ chức thành công các hoạt động kỷ niệm các ngày lễ lớn, lễ hội truyền thống và Đại hội Thể dục thể thao huyện lần thứ X.',
      'Tỷ lệ gia đình đạt danh hiệu văn hóa đạt 91,3%, tỷ lệ thôn, tổ dân phố văn hóa đạt 86,7%.',
      'Hệ thống truyền thanh cơ sở ứng dụng công nghệ thông tin - viễn thông được lắp đặt tại 100% xã, thị trấn.',
    ],
  },
  {
    name: 'Lao động, việc làm và an sinh xã hội',
    lines: [
      'Giải quyết việc làm mới cho 2.850 lao động, đạt 103,6% kế hoạch; tỷ lệ lao động qua đào tạo đạt 68,5%.',
      'Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn 4,82%, giảm 1,36 điểm phần trăm so với đầu năm.',
      'Chi trả trợ cấp thường xuyên kịp thời cho 5.420 đối tượng bảo trợ xã hội; hỗ trợ xây mới, sửa chữa 146 nhà ở cho hộ nghèo.',
    ],
  },
  {
    name: 'Công tác dân tộc, tôn giáo',
    lines: [
      'Thực hiện đầy đủ, kịp thời các chính sách dân tộc; Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giải ngân đạt 91,5% kế hoạch vốn.',
      'Các cơ sở tôn giáo hoạt động đúng quy định của pháp luật; không phát sinh điểm nóng về dân tộc, tôn giáo trên địa bàn.',
      'Tổ chức gặp mặt, biểu dương 86 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số.',
    ],
  },
  {
    name: 'Khoa học và công nghệ',
    lines: [
      'Triển khai 04 mô hình ứng dụng tiến bộ khoa học kỹ thuật vào sản xuất nông nghiệp, trong đó mô hình tưới tiết kiệm nước cho cây ăn quả cho hiệu quả rõ rệt.',
      'Hỗ trợ 07 tổ chức, cá nhân đăng ký bảo hộ nhãn hiệu và xây dựng tem truy xuất nguồn gốc sản phẩm.',
      'Công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng được thực hiện thường xuyên.',
    ],
  },
];

const INSPECTION = [
  'Thực hiện 12 cuộc thanh tra hành chính và thanh tra chuyên ngành, phát hiện sai phạm về kinh tế 1,28 tỷ đồng; đã thu hồi nộp ngân sách 1,12 tỷ đồng, đạt 87,5%.',
  'Các cấp, các ngành tiếp 642 lượt công dân; tiếp nhận 318 đơn thư, trong đó 264 đơn thuộc thẩm quyền đã được giải quyết 251 đơn, đạt 95,1%.',
  'Công tác phòng, chống tham nhũng, tiêu cực được quan tâm; việc kê khai, công khai bản kê khai tài sản, thu nhập được thực hiện đúng quy định.',
];

const GOVERNMENT = [
  'Sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả.',
  'Thực hiện tinh giản biên chế 23 trường hợp theo quy định; tuyển dụng 46 viên chức giáo dục, y tế theo chỉ tiêu được giao.',
  'Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024 đúng quy trình, thực chất; gắn kết quả đánh giá với thi đua, khen thưởng.',
];

const REFORM = [
  'Ủy ban nhân dân huyện ban hành Kế hoạch cải cách hành chính năm 2024 với 42 nhiệm vụ cụ thể, phân công rõ cơ quan chủ trì, thời hạn hoàn thành.',
  'Thủ tục hành chính được rà soát, công bố và niêm yết công khai đầy đủ; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,4%.',
  'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,8%, tăng 21 điểm phần trăm so với năm 2023; 100% kết quả giải quyết được số hóa.',
  'Bộ phận Một cửa cấp huyện và cấp xã tiếp tục được kiện toàn; mức độ hài lòng của người dân, doanh nghiệp đạt 97,2%.',
];

/** A paragraph that compares a sector's result with its target, with its figures in bold. */
function resultParagraph(s: Sector): Block {
  return p(t(`Chỉ tiêu năm 2024: ${s.target}. Kết quả thực hiện `), t(s.result, { bold: true }), t('.'));
}

function sectorSection(s: Sector, footnote?: string): Section {
  const blocks: Block[] = [resultParagraph(s)];
  const points = s.detail.map((d, i) => sec('', [i === 0 && footnote ? p(t(d), note(footnote)) : p(t(d))]));
  points.push(sec('Tồn tại, hạn chế', [p(t(`Bên cạnh kết quả đạt được, lĩnh vực này còn một số hạn chế: ${s.limits}.`))]));
  return sec(s.name, blocks, points);
}

function fieldSection(f: Field): Section {
  return sec(f.name, [p(t(f.lines[0] ?? '')), ...f.lines.slice(1).map((l) => dash(l))]);
}

/** The body table: two header rows, "STT" and "Ghi chú" spanning both, "Thực hiện năm 2024" spanning two columns. */
const TARGETS_TABLE: Block = {
  type: 'table',
  caption: 'Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2024',
  columnWidths: [0.9, 3.1, 1.1, 1.3, 1.3, 1.2, 1.6],
  headerRows: 2,
  rows: [
    {
      cells: [
        cell('STT', { rowSpan: 2 }),
        cell('Chỉ tiêu', { rowSpan: 2 }),
        cell('Đơn vị tính', { rowSpan: 2 }),
        cell('Kế hoạch năm 2024', { rowSpan: 2 }),
        cell('Thực hiện năm 2024', { colSpan: 2 }),
        cell('Ghi chú', { rowSpan: 2 }),
      ],
    },
    { cells: [cell('Số lượng'), cell('So với kế hoạch (%)')] },
    ...[
      ['1', 'Tổng giá trị sản xuất', 'Tỷ đồng', '8.450', '8.667', '102,6', ''],
      ['2', 'Thu nhập bình quân đầu người', 'Triệu đồng', '58,0', '59,4', '102,4', 'Giá hiện hành'],
      ['3', 'Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', '385,0', '402,6', '104,6', ''],
      ['4', 'Tỷ lệ hộ nghèo đa chiều', '%', '5,00', '4,82', '-', 'Giảm 1,36 điểm'],
      ['5', 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', '94,0', '94,6', '100,6', ''],
      ['6', 'Số xã đạt chuẩn nông thôn mới nâng cao', 'Xã', '3', '4', '133,3', 'Lũy kế 9 xã'],
      ['7', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '55,0', '62,8', '114,2', ''],
    ].map((r) => ({
      cells: r.map((v, i) => cell(v, i === 0 ? { align: 'center' as const } : i >= 3 && i <= 5 ? { align: 'right' as const } : {})),
    })),
    { cells: [cell('Tổng số chỉ tiêu đạt và vượt kế hoạch: 7/7', { colSpan: 7 })] },
  ],
};

const COMMUNES = [
  'Thị trấn Bắc Sơn', 'Xã Tân Lập', 'Xã Hòa Bình', 'Xã Phú Thịnh', 'Xã Đồng Tâm', 'Xã Quyết Thắng', 'Xã Long Hưng',
  'Xã An Phú', 'Xã Vĩnh Hảo', 'Xã Minh Khai', 'Xã Thanh Sơn', 'Xã Hưng Đạo', 'Xã Quảng Tiến', 'Xã Nghĩa Đô',
];

/** The wide appendix table: 12 columns, two header rows with row and column spans. */
function communesTable(): Block {
  const rows = COMMUNES.map((name, i) => {
    const households = 1800 + ((i * 379) % 1500);
    const poor23 = Math.round(households * (0.09 - (i % 5) * 0.01));
    const poor24 = Math.round(poor23 * 0.74);
    const near = Math.round(households * 0.05);
    const insured = 92 + (i % 6) * 0.8;
    const criteria = 15 + (i % 5);
    return [
      String(i + 1), name, String(households), String(poor23), String(poor24), (((poor23 - poor24) / households) * 100).toFixed(2).replace('.', ','),
      String(near), insured.toFixed(1).replace('.', ','), String(criteria), criteria >= 19 ? 'Đạt' : 'Chưa đạt', String(40 + ((i * 7) % 60)), i % 4 === 0 ? 'Xã khu vực III' : '',
    ];
  });
  return {
    type: 'table',
    columnWidths: [0.8, 2.2, 1, 1, 1, 1.1, 1, 1.1, 1, 1.1, 1.1, 1.6],
    headerRows: 2,
    rows: [
      {
        cells: [
          cell('STT', { rowSpan: 2 }),
          cell('Xã, thị trấn', { rowSpan: 2 }),
          cell('Tổng số hộ', { rowSpan: 2 }),
          cell('Hộ nghèo', { colSpan: 3 }),
          cell('Hộ cận nghèo năm 2024', { rowSpan: 2 }),
          cell('Tỷ lệ tham gia BHYT (%)', { rowSpan: 2 }),
          cell('Nông thôn mới', { colSpan: 2 }),
          cell('Hồ sơ trực tuyến (%)', { rowSpan: 2 }),
          cell('Ghi chú', { rowSpan: 2 }),
        ],
      },
      { cells: [cell('Năm 2023'), cell('Năm 2024'), cell('Giảm (điểm %)'), cell('Số tiêu chí đạt'), cell('Kết quả')] },
      ...rows.map((r) => ({ cells: r.map((v, i) => cell(v, i === 1 || i === 11 ? {} : { align: i === 0 || i === 9 ? ('center' as const) : ('right' as const) })) })),
    ],
  };
}

const draft: DraftInput = {
  schemaVersion: DRAFT_SCHEMA_VERSION,
  meta: { id: 'long-report-2024', createdAt: '2024-12-02T01:30:00.000Z', updatedAt: '2024-12-16T09:15:00.000Z', template: 'bao-cao', status: 'draft' },
  header: {
    parentAgency: '',
    issuingAgency: 'ỦY BAN NHÂN DÂN\nHUYỆN BẮC SƠN',
    number: '',
    typeAbbr: 'BC',
    agencyAbbr: 'UBND',
    extraGroup: '',
    place: 'Bắc Sơn',
    date: { day: null, month: null, year: 2024 },
  },
  marks: { urgency: '', secrecy: '', circulation: '', draftMark: true, addressLine: '' },
  title: 'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024 và phương hướng, nhiệm vụ năm 2025',
  kinhGui: ['Ủy ban nhân dân tỉnh', 'Sở Kế hoạch và Đầu tư tỉnh'],
  opening: [
    p(
      t('Thực hiện Công văn số 3125/UBND-TH ngày 05 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh về việc báo cáo tình hình thực hiện nhiệm vụ năm 2024'),
      note('Công văn yêu cầu các huyện gửi báo cáo trước ngày 20 tháng 12 năm 2024.'),
      t(', Ủy ban nhân dân huyện Bắc Sơn báo cáo như sau:'),
    ),
  ],
  outlineStart: 'roman',
  partStyle: 'words',
  sections: [
    sec('Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024', [], [
      sec('Công tác lãnh đạo, chỉ đạo, điều hành', [
        p(
          t('Ngay từ đầu năm, Ủy ban nhân dân huyện đã ban hành '),
          t('Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024', { italic: true }),
          t(' về thực hiện các nhiệm vụ, giải pháp chủ yếu phát triển kinh tế - xã hội năm 2024, giao chỉ tiêu cụ thể cho từng cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn.'),
        ),
        p(t('Công tác kiểm tra, đôn đốc được tăng cường; các cuộc họp giao ban định kỳ hằng tháng được duy trì, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh ở cơ sở.')),
      ]),
      sec('Lĩnh vực kinh tế', [p(t('Kinh tế của huyện tiếp tục phục hồi và tăng trưởng khá, '), t('tốc độ tăng trưởng giá trị sản xuất ước đạt 7,8%', { bold: true }), t(', vượt 0,3 điểm phần trăm so với kế hoạch.'))], [
        sectorSection(SECTORS[0] as Sector, 'Số liệu ước tính đến ngày 30 tháng 11 năm 2024, theo báo cáo của Chi cục Thống kê huyện.'),
        sectorSection(SECTORS[1] as Sector),
        sectorSection(SECTORS[2] as Sector),
        sectorSection(SECTORS[3] as Sector, 'Bao gồm cả nguồn vốn kéo dài từ năm 2023 chuyển sang.'),
      ]),
      sec('Lĩnh vực văn hóa - xã hội', [], FIELDS.map(fieldSection)),
      sec('Cải cách hành chính, chuyển đổi số', [p(t(REFORM[0] ?? ''))], [
        sec('Cải cách thủ tục hành chính', [p(t(REFORM[1] ?? '')), p(t(REFORM[2] ?? ''), note('Theo số liệu của Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.'))]),
        sec('Chuyển đổi số', [
          p(t('Hạ tầng số tiếp tục được đầu tư; 100% thôn, bản có sóng di động 4G, tỷ lệ hộ gia đình có kết nối internet cáp quang đạt 78%.')),
          dash('Các tổ công nghệ số cộng đồng được thành lập tại 100% thôn, tổ dân phố với 1.150 thành viên;'),
          plus('hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử và thanh toán không dùng tiền mặt;'),
          plus('hỗ trợ hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử.'),
          p(t(REFORM[3] ?? '')),
        ]),
      ]),
      sec('Thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo', INSPECTION.map((l) => p(t(l)))),
      sec('Xây dựng chính quyền, công tác nội vụ', [p(t(GOVERNMENT[0] ?? ''))], GOVERNMENT.slice(1).map((l) => sec('', [p(t(l))]))),
      sec('Quốc phòng, an ninh', [
        p(t('Duy trì nghiêm chế độ trực sẵn sàng chiến đấu; hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ.')),
        p(t('Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; tai nạn giao thông giảm cả 3 tiêu chí so với năm 2023.')),
      ]),
      sec('Đánh giá chung', [
        p(t('Năm 2024, trong bối cảnh còn nhiều khó khăn, với sự chỉ đạo sát sao của Tỉnh ủy, Ủy ban nhân dân tỉnh, sự nỗ lực của các cấp, các ngành và Nhân dân, huyện đã hoàn thành và vượt '), t('19/21 chỉ tiêu chủ yếu', { bold: true }), t(' của Nghị quyết Hội đồng nhân dân huyện.')),
        TARGETS_TABLE,
        p(t('Tuy nhiên, còn 02 chỉ tiêu chưa đạt là tỷ lệ đô thị hóa và số doanh nghiệp thành lập mới; nguyên nhân chủ yếu do nguồn lực đầu tư còn hạn chế và tác động của thị trường.')),
      ], [], { numbered: false }),
    ]),
    sec('Phương hướng, nhiệm vụ năm 2025', [], [
      sec('Mục tiêu tổng quát', [
        p(t('Tiếp tục đổi mới mạnh mẽ công tác lãnh đạo, chỉ đạo, điều hành; huy động và sử dụng hiệu quả các nguồn lực để phát triển kinh tế - xã hội nhanh và bền vững; bảo đảm quốc phòng, an ninh; nâng cao đời sống vật chất, tinh thần của Nhân dân.')),
      ]),
      sec('Các chỉ tiêu chủ yếu', [
        dash('Tốc độ tăng trưởng giá trị sản xuất đạt 8% trở lên;'),
        dash('Thu nhập bình quân đầu người đạt 63 triệu đồng;'),
        dash('Thu ngân sách nhà nước trên địa bàn đạt 410 tỷ đồng;'),
        dash('Tỷ lệ hộ nghèo đa chiều giảm từ 1,2 điểm phần trăm trở lên;'),
        dash('Có thêm 02 xã đạt chuẩn nông thôn mới nâng cao.'),
      ]),
      sec('Nhiệm vụ, giải pháp trọng tâm', [], [
        ...SECTORS.map((s) => sec(s.name, [p(t(`Tập trung khắc phục tồn tại, hạn chế của năm 2024, trước hết là tình trạng ${s.limits}; xây dựng kế hoạch cụ thể, giao trách nhiệm cho từng cơ quan, đơn vị và kiểm tra việc thực hiện hằng quý.`))])),
        sec('Văn hóa - xã hội', [], FIELDS.map((f) => sec(f.name, [
          p(t(`Tiếp tục triển khai đồng bộ các giải pháp về ${f.name.toLocaleLowerCase('vi')}; duy trì và phát huy kết quả đạt được trong năm 2024, phấn đấu hoàn thành các chỉ tiêu năm 2025 theo kế hoạch.`)),
          dash('Rà soát, bổ sung các cơ chế, chính sách còn thiếu, phù hợp với điều kiện thực tế của huyện;'),
          dash('Tăng cường kiểm tra, giám sát và sơ kết, đánh giá việc thực hiện định kỳ 6 tháng, hằng năm.'),
        ]))),
        sec('Cải cách hành chính, chuyển đổi số', [
          p(t('Đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng cung cấp dịch vụ công trực tuyến; phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 70% trở lên.')),
          p(t('Xây dựng chính quyền số, kinh tế số, xã hội số; hoàn thành kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin của huyện với cơ sở dữ liệu quốc gia về dân cư.')),
        ]),
        sec('Quốc phòng, an ninh', [
          p(t('Xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân vững chắc; tổ chức tốt diễn tập khu vực phòng thủ huyện năm 2025.')),
          p(t('Chủ động nắm chắc tình hình, đấu tranh phòng, chống các loại tội phạm, bảo đảm trật tự an toàn giao thông, phòng cháy, chữa cháy.')),
        ]),
      ]),
      sec('Đề xuất, kiến nghị', [
        p(t('Đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí vốn hỗ trợ đầu tư hạ tầng Cụm công nghiệp Bắc Sơn và các tuyến đường liên xã bị hư hỏng do mưa lũ năm 2024.')),
        p(t('Đề nghị các sở, ngành của tỉnh hướng dẫn, tháo gỡ vướng mắc trong công tác bồi thường, giải phóng mặt bằng đối với các dự án trọng điểm trên địa bàn huyện.')),
      ]),
    ]),
  ],
  closing: [
    t('Trên đây là báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024 và phương hướng, nhiệm vụ năm 2025 của Ủy ban nhân dân huyện Bắc Sơn.'),
  ],
  appendices: [
    {
      id: 'pl-xa',
      title: 'Kết quả thực hiện một số chỉ tiêu về giảm nghèo, bảo hiểm y tế và xây dựng nông thôn mới năm 2024 của các xã, thị trấn',
      orientation: 'landscape',
      blocks: [
        p(t('Số liệu tổng hợp từ báo cáo của Ủy ban nhân dân các xã, thị trấn đến ngày 30 tháng 11 năm 2024.'), note('Số liệu hộ nghèo theo kết quả rà soát chuẩn nghèo đa chiều giai đoạn 2022 - 2025.')),
        communesTable(),
      ],
      sections: [],
    },
    {
      id: 'pl-dau-tu',
      title: 'Danh mục công trình xây dựng cơ bản hoàn thành năm 2024',
      orientation: 'portrait',
      blocks: [],
      sections: [
        sec('Công trình giáo dục', [dash('Nhà lớp học 2 tầng 8 phòng Trường Tiểu học Tân Lập;'), dash('Nhà đa năng Trường Trung học cơ sở Hòa Bình.')]),
        sec('Công trình giao thông', [dash('Đường liên xã Phú Thịnh - Đồng Tâm, chiều dài 6,2 km;'), dash('Cầu treo dân sinh bản Nà Lầu, xã Quyết Thắng.')]),
      ],
    },
  ],
  noiNhan: {
    recipients: ['UBND tỉnh (b/c)', 'Sở Kế hoạch và Đầu tư', 'TT. Huyện ủy, TT. HĐND huyện', 'Chủ tịch, các PCT UBND huyện', 'Các cơ quan, đơn vị thuộc UBND huyện', 'UBND các xã, thị trấn'],
    archive: 'VT, TH',
  },
  signer: {
    authority: [
      { prefix: 'TM.', title: 'Ủy ban nhân dân' },
      { prefix: 'KT.', title: 'Chủ tịch' },
    ],
    title: 'Phó Chủ tịch',
    name: 'Hoàng Văn Thắng',
  },
  drafter: { code: 'TH', copies: 35 },
};

const parsed = DraftSchema.parse(draft);
const target = resolve(import.meta.dirname, '../e2e/fixtures/drafts/long-report.json');
writeFileSync(target, `${JSON.stringify(parsed, null, 2)}\n`);
console.log(`wrote ${target}`);
