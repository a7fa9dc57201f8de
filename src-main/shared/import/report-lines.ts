/**
 * The lines of the import report, in Vietnamese: each part of the report found (with what it
 * holds, so the clerk can check it at a glance), each part not found, and what the file held
 * that a draft cannot (pictures, shapes, comments, deleted revisions, a table of contents …).
 */
import { formatDay, formatMonth } from '../domain/dates';
import { formatDocNumber, formatKyHieu } from '../domain/doc-number';
import type { Block, Section } from '../domain/draft-schema';
import type { ItemFacts } from './body-items';
import type { DocModel } from './doc-model';
import type { FrontFacts } from './front';
import type { InlineTally } from './inlines';
import type { Outline } from './outline-tree';
import type { ImportReport, HeaderFields } from './recognise';
import type { SignatureFacts } from './signature';
import { squash } from './text';

export interface Described {
  front: FrontFacts;
  outline: Outline;
  signature: SignatureFacts;
  header: HeaderFields;
  bodyFacts: ItemFacts;
  appendices: number;
  landscape: number;
  tally: InlineTally;
  doc: DocModel;
}

/** Fills the report's lists: what was recognised, and what was not found or not kept. */
export function describeImport(report: ImportReport, d: Described): void {
  const { recognised: ok, unplaced: missing } = report;
  const { header, front, outline, signature, doc } = d;
  const one = (text: string) => squash(text.replace(/\n/gu, ' '));
  if (header.parentAgency) ok.push(`Cơ quan chủ quản: ${one(header.parentAgency)}`);
  if (header.issuingAgency) ok.push(`Cơ quan ban hành: ${one(header.issuingAgency)}`);
  else missing.push('Không tìm thấy tên cơ quan ban hành.');
  if (front.header.so) ok.push(`Số, ký hiệu: ${formatDocNumber(header.number) || '(để trống)'}/${formatKyHieu(header)}`);
  else missing.push('Không tìm thấy dòng “Số: …/BC-…”.');
  if (front.header.date) {
    const { day, month, year } = header.date;
    ok.push(`Địa danh, ngày tháng: ${header.place || '(không có địa danh)'}, ngày ${day === null ? '…' : formatDay(day)} tháng ${month === null ? '…' : formatMonth(month)} năm ${year}`);
  } else missing.push('Không tìm thấy dòng địa danh, ngày tháng năm.');
  if (!front.header.quocHieu) missing.push('Không tìm thấy quốc hiệu; bản xuất sẽ in đúng quốc hiệu.');
  if (!front.docType) missing.push('Không tìm thấy tên loại “BÁO CÁO”.');
  if (front.titleLines.length > 0) ok.push(`Trích yếu: ${one(front.titleLines.map((l) => l.text).join(' '))}`);
  else missing.push('Không tìm thấy trích yếu.');
  if (front.kinhGui.length > 0) ok.push(`Kính gửi: ${front.kinhGui.join('; ')}`);
  const marks = Object.entries(front.header.marks).filter(([, v]) => v).map(([k, v]) => (k === 'draftMark' ? 'DỰ THẢO' : String(v)));
  if (marks.length > 0) ok.push(`Dấu: ${marks.join(', ')}`);
  if (outline.opening.length > 0) ok.push(`Phần mở đầu: ${outline.opening.length} đoạn`);
  const counts = countSections(outline.sections);
  if (counts > 0) ok.push(`Đề mục: ${counts} mục${d.bodyFacts.autoNumbered > 0 ? ` (${d.bodyFacts.autoNumbered} số thứ tự tự động của Word đã đọc)` : ''}${outline.outlineStart === 'arabic' ? ', đánh số bắt đầu bằng 1.' : ''}${outline.partStyle !== 'none' ? ', có cấp Phần' : ''}`);
  const tables = countBlocks(outline, 'table');
  if (tables > 0) ok.push(`Bảng: ${tables}${d.bodyFacts.mergedCells > 0 ? ` (${d.bodyFacts.mergedCells} ô gộp được giữ)` : ''}`);
  if (d.tally.footnotes > 0) ok.push(`Chú thích cuối trang: ${d.tally.footnotes}`);
  if (outline.closing.length > 0) ok.push('Đoạn kết “Trên đây là …”');
  else missing.push('Không có đoạn kết “Trên đây là …”.');
  if (signature.noiNhanLabel) ok.push(`Nơi nhận: ${signature.recipients.length} nơi${signature.archive ? `, Lưu: VT, ${signature.archive}` : ''}`);
  else missing.push('Không tìm thấy “Nơi nhận:”.');
  const signer = [...signature.signer.authority.map((a) => `${a.prefix} ${a.title}`), ...signature.signer.title.split('\n'), signature.signer.name].filter(Boolean);
  if (signer.length > 0) ok.push(`Người ký: ${signer.join(' / ')}`);
  if (!signature.signer.name) missing.push('Không tìm thấy họ tên người ký.');
  if (d.appendices > 0) ok.push(`Phụ lục: ${d.appendices}${d.landscape > 0 ? ` (${d.landscape} khổ ngang)` : ''}`);
  const legacy = Object.values(doc.legacyFonts).reduce((a, b) => a + b, 0) + d.tally.legacyParagraphs;
  if (legacy > 0) ok.push(`Chữ gõ theo bảng mã cũ (TCVN3, VNI) đã chuyển sang Unicode: ${legacy} đoạn chữ`);
  const c = doc.counts;
  if (c.images > 0) missing.push(`${c.images} hình ảnh không được nhập (bản thảo không chứa hình ảnh).`);
  if (c.textBoxes > 0) missing.push(`${c.textBoxes} khung chữ (text box) được đọc như đoạn văn thường.`);
  if (c.shapes > 0) missing.push(`${c.shapes} hình vẽ (đường kẻ, khung) được bỏ qua; bản xuất tự kẻ các đường theo Nghị định 30.`);
  if (c.comments > 0) missing.push(`${c.comments} ghi chú (comment) của Word không được nhập.`);
  if (c.revisions > 0) missing.push(`${c.revisions} đoạn đã xoá trong chế độ theo dõi thay đổi được bỏ qua.`);
  if (c.tocParagraphs > 0) missing.push(`Mục lục tự động (${c.tocParagraphs} dòng) được bỏ qua.`);
  if (c.embedded > 0) missing.push(`${c.embedded} đối tượng nhúng (bảng tính, tài liệu khác) không được đọc.`);
  if (c.externalTargets > 0) missing.push(`${c.externalTargets} liên kết ra ngoài tệp được bỏ qua, không mở.`);
}

function countSections(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

function countBlocks(outline: Outline, type: Block['type']): number {
  const inSections = (sections: readonly Section[]): number => sections.reduce((n, s) => n + s.blocks.filter((b) => b.type === type).length + inSections(s.children), 0);
  return outline.opening.filter((b) => b.type === type).length + inSections(outline.sections);
}
