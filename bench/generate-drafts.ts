/**
 * Deterministic generator of realistic report drafts for benchmarks: Vietnamese agency names,
 * NĐ30-shaped sections and administrative prose, about 5–20 KB of JSON each.
 */
import type { Block, Draft, Section } from '../src-main/shared/domain/draft-schema';
import { DRAFT_SCHEMA_VERSION } from '../src-main/shared/domain/draft-schema';
import { plain } from '../src-main/shared/domain/inline-text';

/** A seeded random source in [0, 1) (mulberry32: tiny, fast, good enough for test data). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const list = (text: string): string[] => text.split('|');

const PROVINCES = list(
  'Hà Nội|Hải Phòng|Đà Nẵng|Cần Thơ|Thành phố Hồ Chí Minh|Quảng Trị|Quảng Nam|Quảng Ngãi|Đắk Lắk|Đắk Nông|' +
    'Lâm Đồng|Gia Lai|Kon Tum|Thừa Thiên Huế|Nghệ An|Hà Tĩnh|Thanh Hóa|Ninh Bình|Nam Định|Thái Bình|' +
    'Bắc Ninh|Bắc Giang|Lạng Sơn|Cao Bằng|Hà Giang|Lào Cai|Yên Bái|Sơn La|Điện Biên|Lai Châu|Hòa Bình|' +
    'Phú Thọ|Vĩnh Phúc|Tuyên Quang|Thái Nguyên|Quảng Ninh|Hưng Yên|Hải Dương|Hà Nam|Quảng Bình|Bình Định|' +
    'Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Đồng Nai|Bình Dương|Bình Phước|Tây Ninh|Bà Rịa - Vũng Tàu|' +
    'Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Hậu Giang|Sóc Trăng|' +
    'Bạc Liêu|Cà Mau',
);
const DEPARTMENTS = list(
  'Sở Thông tin và Truyền thông|Sở Tài chính|Sở Kế hoạch và Đầu tư|Sở Nội vụ|Sở Tư pháp|Sở Y tế|' +
    'Sở Giáo dục và Đào tạo|Sở Nông nghiệp và Phát triển nông thôn|Sở Tài nguyên và Môi trường|' +
    'Sở Lao động - Thương binh và Xã hội|Sở Văn hóa, Thể thao và Du lịch|Ban Dân tộc|Thanh tra tỉnh|' +
    'Sở Công Thương|Sở Xây dựng|Sở Giao thông vận tải|Sở Khoa học và Công nghệ',
);
/** Report topics, each with the matters its prose talks about ("topic#matter;matter;…"). */
const TOPICS = list(
  'công tác cải cách hành chính#đơn giản hóa thủ tục hành chính;bộ phận một cửa;chỉ số PAR INDEX;mức độ hài lòng của người dân|' +
    'chuyển đổi số#nền tảng số dùng chung;chữ ký số chuyên dùng;trung tâm điều hành thông minh;kỹ năng số cho người dân|' +
    'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi#' +
    'hỗ trợ đất ở, nhà ở, đất sản xuất;nước sinh hoạt tập trung;bảo tồn văn hóa truyền thống;định canh, định cư|' +
    'công tác phòng, chống tham nhũng#kê khai tài sản, thu nhập;xử lý trách nhiệm người đứng đầu;thu hồi tài sản tham nhũng|' +
    'công tác dân vận chính quyền#phong trào thi đua "Dân vận khéo";tiếp xúc, đối thoại với Nhân dân;kiến nghị của cử tri|' +
    'nhiệm vụ phát triển kinh tế - xã hội#tổng sản phẩm trên địa bàn (GRDP);thu ngân sách nhà nước;thu hút đầu tư|' +
    'công tác thi đua, khen thưởng#danh hiệu Chiến sĩ thi đua cơ sở;Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;điển hình tiên tiến|' +
    'kế hoạch đầu tư công#giải ngân vốn đầu tư công;giải phóng mặt bằng;quyết toán dự án hoàn thành|' +
    'công tác phòng, chống thiên tai#phương án ứng phó bão, lũ;di dời dân khỏi vùng sạt lở;khắc phục hậu quả mưa lũ|' +
    'công tác quản lý nhà nước về báo chí, xuất bản#thông tin sai sự thật trên mạng xã hội;cấp phép xuất bản bản tin;họp báo định kỳ|' +
    'xây dựng nông thôn mới#xã đạt chuẩn nông thôn mới nâng cao;sản phẩm OCOP;đường giao thông nông thôn|' +
    'công tác giảm nghèo bền vững#tỷ lệ hộ nghèo đa chiều;hộ cận nghèo;tín dụng chính sách xã hội|' +
    'công tác tiếp công dân, giải quyết khiếu nại, tố cáo#đơn thư khiếu nại vượt cấp;tiếp công dân định kỳ;vụ việc tồn đọng, kéo dài|' +
    'công tác bảo vệ môi trường#rác thải sinh hoạt;quan trắc môi trường tự động;đánh giá tác động môi trường|' +
    'công tác văn thư, lưu trữ#hồ sơ điện tử;chỉnh lý tài liệu tồn đọng;lưu trữ lịch sử|' +
    'quy chế dân chủ ở cơ sở#hội nghị cán bộ, công chức;ban thanh tra nhân dân;công khai tài chính',
).map((entry) => {
  const [topic = '', matters = ''] = entry.split('#');
  return { topic, matters: matters.split(';') };
});
const MINISTRIES = list('Bộ Thông tin và Truyền thông|Bộ Tài chính|Bộ Nội vụ|Bộ Tư pháp|Ủy ban Dân tộc|Thanh tra Chính phủ');
/** Syllables for local names (xã, thôn, dự án), so the vocabulary is not only the lists above. */
const SYLLABLES = list(
  'Tân|Phú|An|Hòa|Bình|Thạnh|Lộc|Phước|Hưng|Thịnh|Đông|Tây|Nam|Bắc|Trung|Sơn|Thủy|Lâm|Mỹ|Vĩnh|Xuân|Hạ|' +
    'Thượng|Cẩm|Kim|Ngọc|Đức|Quế|Triệu|Hải|Gio|Cam|Hướng|Đakrông|Krông|Buôn|Ea|Yang|Pắc|Mường|Nậm|Chiềng|' +
    'Quỳnh|Diễn|Nghĩa|Hiệp|Thuận|Thành|Long|Điền|Phong|Minh|Quang|Tường|Khánh|Lạc|Dương|Hồng|Cao|Vân',
);
const TITLE_FORMS = list('Báo cáo kết quả thực hiện|Tình hình thực hiện|Báo cáo sơ kết|Báo cáo tổng kết|Kết quả');
const PERIODS = list('quý I|quý II|quý III|6 tháng đầu năm|9 tháng|năm');
const SURNAMES = list('Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn');
const MIDDLE = list('Văn|Thị|Hữu|Đức|Minh|Thanh|Quốc|Ngọc|Xuân|Thu|Đình|Công');
const GIVEN = list('An|Bình|Cường|Dũng|Đông|Giang|Hà|Hải|Hạnh|Hùng|Lan|Long|Mai|Nam|Phong|Quang|Sơn|Thảo|Trung|Tú|Việt|Yến');

const SUBJECTS = list(
  'Các cơ quan, đơn vị|Ủy ban nhân dân các huyện, thị xã, thành phố|Sở|Các phòng chuyên môn|Đội ngũ cán bộ, ' +
    'công chức|Ban Chỉ đạo|Lãnh đạo Sở|Các doanh nghiệp trên địa bàn|Người dân và doanh nghiệp|Tổ công tác',
);
const VERBS = list(
  'đã triển khai thực hiện nghiêm túc|tiếp tục quán triệt, thực hiện có hiệu quả|chủ động tham mưu, đề xuất|' +
    'phối hợp chặt chẽ trong việc tổ chức thực hiện|tăng cường kiểm tra, giám sát việc thực hiện|' +
    'đẩy mạnh tuyên truyền, phổ biến|rà soát, đánh giá toàn diện|kịp thời hướng dẫn, tháo gỡ khó khăn trong|' +
    'bố trí đủ nguồn lực cho|ban hành kế hoạch cụ thể về',
);
const OBJECTS = list(
  'các nhiệm vụ, giải pháp trọng tâm|kế hoạch năm của Ủy ban nhân dân tỉnh|thủ tục hành chính trên môi trường ' +
    'điện tử|dịch vụ công trực tuyến toàn trình|hệ thống quản lý văn bản và điều hành|cơ sở dữ liệu chuyên ngành|' +
    'công tác đào tạo, bồi dưỡng cán bộ|chỉ tiêu giải ngân vốn đầu tư công|các chính sách hỗ trợ đồng bào dân tộc ' +
    'thiểu số|hạ tầng kỹ thuật công nghệ thông tin|công tác an toàn, an ninh thông tin|kết luận thanh tra, kiểm tra',
);
const RESULTS = list(
  'đạt và vượt chỉ tiêu đề ra|góp phần nâng cao chất lượng phục vụ người dân|bảo đảm đúng tiến độ, chất lượng|' +
    'tạo chuyển biến rõ nét trong nhận thức|còn một số hạn chế cần khắc phục|được dư luận đánh giá cao|' +
    'chưa đáp ứng yêu cầu đặt ra|từng bước đi vào nền nếp',
);
const CONNECTORS = list('Bên cạnh đó,|Đồng thời,|Tuy nhiên,|Nhìn chung,|Trong kỳ,|Qua đó,|Ngoài ra,|Nhờ vậy,');

/** One generated draft's randomness; picks from the lists above, favouring the draft's matters. */
function picker(random: () => number, matters: readonly string[]) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const person = (): string => `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  const sentence = (): string => {
    const lead = random() < 0.35 ? `${pick(CONNECTORS)} ` : '';
    const subject = pick(SUBJECTS);
    const text = `${subject} ${pick(VERBS)} ${pick(random() < 0.6 ? matters : OBJECTS)}, ${pick(RESULTS)}`;
    const figure = random() < 0.4 ? `; tỷ lệ đạt ${int(55, 100)}%, tăng ${int(1, 30)}% so với cùng kỳ` : '';
    const place = random() < 0.3 ? ` tại xã ${pick(SYLLABLES)} ${pick(SYLLABLES)}, tỉnh ${pick(PROVINCES)}` : '';
    return `${lead}${lead ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text}${place}${figure}.`;
  };
  const paragraph = (min: number, max: number): string =>
    Array.from({ length: int(min, max) }, sentence).join(' ');
  return { pick, int, person, paragraph, random, matters };
}

type Picker = ReturnType<typeof picker>;

function paragraphBlock(text: string): Block {
  return { type: 'paragraph', content: plain(text) };
}

function statsTable(p: Picker): Block {
  const rows = Array.from({ length: p.int(3, 6) }, (_, i) => ({
    cells: [String(i + 1), p.pick(OBJECTS), String(p.int(10, 900)), `${p.int(50, 100)}%`].map((text) => ({
      paragraphs: [plain(text)],
    })),
  }));
  const header = { cells: ['TT', 'Nội dung', 'Số lượng', 'Tỷ lệ'].map((text) => ({ paragraphs: [plain(text)] })) };
  return { type: 'table', columnWidths: [1, 6, 2, 2], headerRows: 1, rows: [header, ...rows] };
}

function sections(p: Picker, paragraphs: number): Section[] {
  const titles = ['KẾT QUẢ THỰC HIỆN', 'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', 'KIẾN NGHỊ, ĐỀ XUẤT'];
  let left = paragraphs;
  return titles.map((title, i) => {
    const children: Section[] = [];
    const share = i === titles.length - 1 ? left : Math.max(1, Math.round(paragraphs / titles.length));
    for (let c = 0; c < share && left > 0; c += 1, left -= 1) {
      const blocks: Block[] = [paragraphBlock(p.paragraph(3, 6))];
      if (p.random() < 0.4) blocks.push({ type: 'bullet', marker: '-', content: plain(p.paragraph(1, 2)) });
      if (i === 0 && c === 0 && p.random() < 0.5) blocks.push(statsTable(p));
      children.push({ id: `s${i}-${c}`, title: p.pick(p.random() < 0.6 ? p.matters : OBJECTS).replace(/^./u, (ch) => ch.toLocaleUpperCase('vi')), blocks, children: [] });
    }
    return { id: `s${i}`, title, blocks: [], children };
  });
}

/** One realistic draft, a function of (seed, index) only. */
function generateDraft(seed: number, index: number): Draft {
  const random = prng(seed * 1_000_003 + index);
  const { topic, matters } = TOPICS[Math.floor(random() * TOPICS.length)] ?? { topic: '', matters: [] };
  const p = picker(random, matters);
  const province = p.pick(PROVINCES);
  const department = p.pick(DEPARTMENTS);
  const year = p.int(2019, 2025);
  const month = p.int(1, 12);
  const updated = new Date(Date.UTC(year, month - 1, p.int(1, 28), p.int(7, 17), p.int(0, 59))).toISOString();
  const title = `${p.pick(TITLE_FORMS)} ${topic} ${p.pick(PERIODS)} ${year}`.replace(' năm năm', ' năm');
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    meta: {
      id: `bench-${seed}-${String(index).padStart(6, '0')}`,
      createdAt: updated,
      updatedAt: updated,
      template: 'bao-cao',
      status: p.random() < 0.3 ? 'final' : 'draft',
    },
    header: {
      parentAgency: `ỦY BAN NHÂN DÂN TỈNH ${province.toLocaleUpperCase('vi')}`,
      issuingAgency: department.toLocaleUpperCase('vi'),
      number: p.random() < 0.5 ? String(p.int(1, 500)) : '',
      typeAbbr: 'BC',
      agencyAbbr: 'S' + department.split(' ').slice(1).map((w) => w.charAt(0)).join('').toLocaleUpperCase('vi'),
      extraGroup: '',
      place: province,
      date: { day: p.int(1, 28), month, year },
    },
    marks: { urgency: '', secrecy: '', circulation: '', draftMark: false, addressLine: '' },
    title: title.charAt(0).toLocaleUpperCase('vi') + title.slice(1),
    kinhGui: [`Ủy ban nhân dân tỉnh ${province}`, ...(p.random() < 0.4 ? [p.pick(MINISTRIES)] : [])],
    opening: [paragraphBlock(`Thực hiện Kế hoạch số ${p.int(1, 300)}/KH-UBND ngày ${p.int(1, 28)}/${month}/${year} của Ủy ban nhân dân tỉnh ${province}, ${department} báo cáo ${topic} như sau:`)],
    outlineStart: 'roman',
    partStyle: 'none',
    sections: sections(p, p.int(5, 15)),
    closing: plain(`Trên đây là báo cáo ${topic} của ${department}./.`),
    appendices: [],
    noiNhan: { recipients: ['Như trên', `UBND tỉnh ${province}`, 'Lãnh đạo Sở'], archive: 'VP' },
    // A deputy signing for the director, or the director in their own name (one draw, as before).
    signer:
      p.random() < 0.5
        ? { authority: [{ prefix: 'KT.', title: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: p.person() }
        : { authority: [], title: 'GIÁM ĐỐC', name: p.person() },
    drafter: { code: '', copies: null },
  };
}

/** `n` realistic drafts, the same for the same seed. */
export function generateDrafts(n: number, seed = 1): Draft[] {
  return Array.from({ length: n }, (_, i) => generateDraft(seed, i));
}
