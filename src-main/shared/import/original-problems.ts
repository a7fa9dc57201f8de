/**
 * What the imported file itself got wrong against NĐ30, in the checks' Finding shape: margins and
 * paper, sizes of "Số" and of Nơi nhận, spacing and line spacing of the body, the ký hiệu's form,
 * the tiêu ngữ's dashes, the date's zeros, missing page numbers, legacy fonts. These describe the
 * original only: the draft made from it is laid out by the app, so its export has none of them.
 */
import type { Finding } from '../domain/checks/types';
import { MARGIN_RANGES_MM } from '../domain/settings-schema';
import { sizesFor } from '../layout/sizes';
import type { DocModel, DocParagraph } from './doc-model';
import type { FrontFacts } from './front';
import type { SignatureFacts } from './signature';
import { lineSize, paraText, squash, type Piece } from './text';

export interface ProblemInput {
  doc: DocModel;
  front: FrontFacts;
  signature: SignatureFacts;
  textParagraphs: readonly DocParagraph[];
  /** The ký hiệu the import settled on ("BC-SCT"), to say what the original should have had. */
  kyHieu: string;
}

const mm = (twips: number) => Math.round((twips / 56.7) * 10) / 10;
const SIDES = { top: 'trên', bottom: 'dưới', left: 'trái', right: 'phải' } as const;
const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
};
const sizesOf = (pieces: readonly Piece[]) => [...new Set(pieces.filter((p) => p.text.trim() && p.style.sizePt !== null).map((p) => p.style.sizePt as number))];

/** The findings about the original file. */
export function originalProblems(input: ProblemInput): Finding[] {
  const { doc, front, signature } = input;
  const out: Finding[] = [];
  const add = (id: string, severity: Finding['severity'], message: string, field: Finding['field'] = []) => out.push({ id: `original.${id}`, severity, message, field });
  const main = doc.sections[0];

  if (main) {
    for (const side of Object.keys(SIDES) as (keyof typeof SIDES)[]) {
      const value = mm(main.margins[side]);
      const [min, max] = MARGIN_RANGES_MM[side];
      if (value < min - 0.3 || value > max + 0.3) {
        add(`margin.${side}`, 'error', `Lề ${SIDES[side]} của tệp gốc là ${value} mm, ngoài khoảng ${min}–${max} mm của Nghị định 30.`);
      }
    }
    const short = Math.min(main.pageWidth, main.pageHeight);
    const long = Math.max(main.pageWidth, main.pageHeight);
    if (Math.abs(short - 11906) > 60 || Math.abs(long - 16838) > 60) {
      add('paper', 'error', `Khổ giấy của tệp gốc là ${Math.round(short / 56.7)} × ${Math.round(long / 56.7)} mm, không phải A4 (210 × 297 mm).`);
    }
    if (main.landscape) add('orientation', 'error', 'Phần chính của tệp gốc đặt khổ ngang; Nghị định 30 trình bày văn bản theo chiều dài khổ A4.');
  }
  doc.sections.slice(1).forEach((section, i) => {
    const short = Math.min(section.pageWidth, section.pageHeight);
    if (Math.abs(short - 11906) > 60) add(`paper.${i + 2}`, 'error', `Phần thứ ${i + 2} của tệp gốc (sau ngắt phần) không dùng khổ A4 (${Math.round(section.pageWidth / 56.7)} × ${Math.round(section.pageHeight / 56.7)} mm).`);
  });

  const so = front.header.so;
  if (so) {
    const sizes = sizesOf(so.line.pieces);
    if (sizes.some((s) => s !== 13)) add('so-size', 'error', `Dòng “Số, ký hiệu” của tệp gốc ở cỡ chữ ${sizes.join(', ')}; Nghị định 30 quy định cỡ 13.`, ['header', 'number']);
    const typed = so.parsed.groups.join(so.parsed.spaced ? ' - ' : '-');
    if (so.parsed.spaced) add('ky-hieu-spaces', 'error', `Ký hiệu “${typed}” có dấu cách quanh dấu gạch nối; đúng là “${input.kyHieu}”, không có dấu cách.`, ['header', 'agencyAbbr']);
    if ((so.parsed.groups[0] ?? '').toLocaleUpperCase('vi') !== 'BC') {
      add('ky-hieu-type', 'error', `Ký hiệu “${so.parsed.groups.join('-')}” thiếu chữ viết tắt tên loại “BC” của báo cáo; ký hiệu đúng là “${input.kyHieu}”.`, ['header', 'typeAbbr']);
    }
    if (/^[1-9]$/u.test(so.parsed.typedNumber)) add('number-zero', 'warning', `Số văn bản “${so.parsed.typedNumber}” nhỏ hơn 10 phải ghi thêm số 0 phía trước (“0${so.parsed.typedNumber}”).`, ['header', 'number']);
  }
  const tieuNgu = front.header.tieuNgu;
  if (tieuNgu) {
    const text = squash(tieuNgu.text);
    if (/[–—‐−]/u.test(text)) add('tieu-ngu-dash', 'error', `Tiêu ngữ được gõ “${text}” với gạch ngang dài; đúng là gạch nối “-” có một dấu cách mỗi bên: “Độc lập - Tự do - Hạnh phúc”.`);
    else if (text !== 'Độc lập - Tự do - Hạnh phúc') add('tieu-ngu-form', 'error', `Tiêu ngữ được gõ “${text}”; đúng là “Độc lập - Tự do - Hạnh phúc” (gạch nối có dấu cách hai bên, chữ đầu mỗi cụm viết hoa).`);
  }
  const date = front.header.date;
  if (date) {
    const { typedDay, typedMonth, day, month } = date.parsed;
    if (month !== null && month >= 3 && /^0/u.test(typedMonth)) add('date-month', 'error', `Ngày tháng của tệp gốc ghi “tháng ${typedMonth}”; chỉ tháng 1 và 2 mới thêm số 0 (đúng là “tháng ${month}”).`, ['header', 'date']);
    if (month !== null && month <= 2 && !/^0/u.test(typedMonth)) add('date-month', 'warning', `Tháng ${month} phải ghi “tháng 0${month}” theo Nghị định 30.`, ['header', 'date']);
    if (day !== null && day < 10 && !/^0/u.test(typedDay)) add('date-day', 'warning', `Ngày ${day} phải ghi “ngày 0${day}” theo Nghị định 30.`, ['header', 'date']);
  }

  const label = signature.noiNhanLabel;
  if (label) {
    const size = lineSize(label.pieces);
    if (size !== null && size !== 12) add('noi-nhan-label', 'error', `Chữ “Nơi nhận:” của tệp gốc ở cỡ ${size}; Nghị định 30 quy định cỡ 12, đậm, nghiêng.`, ['noiNhan']);
  }
  const itemSizes = [...new Set(signature.recipientLines.flatMap((l) => sizesOf(l.pieces.filter((p) => !/^n[ơo]i nh/iu.test(p.text.trim())))))];
  if (itemSizes.some((s) => s !== 11)) add('noi-nhan-items', 'error', `Danh sách nơi nhận của tệp gốc ở cỡ ${itemSizes.join(', ')}; Nghị định 30 quy định cỡ 11.`, ['noiNhan', 'recipients']);

  const body = input.textParagraphs.filter((p) => paraText(p).trim().length > 40);
  const gap = median(body.map((p) => p.props.spaceBefore + p.props.spaceAfter));
  if (gap !== null && body.length >= 3 && gap < 115) add('spacing', 'error', `Khoảng cách giữa các đoạn của tệp gốc là ${Math.round(gap / 2) / 10} pt; Nghị định 30 yêu cầu tối thiểu 6 pt.`);
  const lines = body.map((p) => p.props.line).filter((l) => l !== null);
  const autoLine = median(lines.filter((l) => l.rule === 'auto').map((l) => l.value));
  if (autoLine !== null && (autoLine < 235 || autoLine > 365)) add('line-spacing', 'error', `Giãn dòng của tệp gốc là ${(autoLine / 240).toFixed(2)} dòng; Nghị định 30 cho phép từ 1 đến 1,5 dòng.`);
  const bodySize = median(body.flatMap((p) => p.inlines.flatMap((i) => (i.kind === 'text' && i.style.sizePt !== null && i.text.trim() ? [i.style.sizePt] : []))));
  const expected = sizesFor(14);
  if (bodySize !== null && (bodySize < expected.body - 1 || bodySize > expected.body)) add('body-size', 'error', `Nội dung của tệp gốc ở cỡ chữ ${bodySize}; Nghị định 30 quy định cỡ 13 hoặc 14.`);
  const tabbed = body.filter((p) => /^[\t ]*\t/u.test(paraText(p))).length;
  if (tabbed >= 2) add('indent-tab', 'warning', `${tabbed} đoạn của tệp gốc thụt đầu dòng bằng phím Tab thay vì định dạng thụt dòng 1–1,27 cm.`);
  else {
    const indent = median(body.map((p) => p.props.firstLine));
    if (indent !== null && body.length >= 3 && (indent < 540 || indent > 750)) add('indent', 'warning', `Thụt đầu dòng của tệp gốc là ${Math.round(indent / 56.7) / 10} cm; Nghị định 30 quy định 1 cm hoặc 1,27 cm.`);
  }

  // Word's own count when it saved the file; a tool that never updates it leaves a template's "1",
  // so a cautious estimate (about 3,000 characters a page at 13–14 pt) may raise it.
  const estimate = Math.ceil(doc.blocks.reduce((n, b) => n + (b.kind === 'paragraph' ? paraText(b).length : 400), 0) / 3000);
  const pages = Math.max(doc.pages ?? 0, estimate);
  if (main?.pageNumbers === 'none' && pages > 1) add('page-numbers', 'error', `Tệp gốc (${pages} trang) không đánh số trang; Nghị định 30 yêu cầu số trang ở giữa lề trên, từ trang thứ hai.`);
  else if (main?.pageNumbers === 'footer') add('page-number-place', 'error', 'Tệp gốc đánh số trang ở chân trang; Nghị định 30 đặt số trang ở giữa lề trên.');
  else if (main?.pageNumbers === 'header' && !main.titlePage) add('page-number-first', 'warning', 'Tệp gốc hiện số trang cả ở trang đầu; Nghị định 30 không đánh số trang thứ nhất.');

  const legacy = Object.entries(doc.legacyFonts);
  if (legacy.length > 0) {
    const fonts = legacy.map(([font, runs]) => `“${font}” (bảng mã ${/^\.vn/iu.test(font) ? 'TCVN3' : 'VNI'}, ${runs} đoạn chữ)`).join(', ');
    add('legacy-font', 'error', `Tệp gốc dùng phông chữ cũ ${fonts}; chữ đã được chuyển sang Unicode, bản xuất dùng Times New Roman.`);
  }
  const total = Object.values(doc.fonts).reduce((a, b) => a + b, 0);
  const others = Object.entries(doc.fonts).filter(([font]) => font && !/^times new roman/iu.test(font) && !(font in doc.legacyFonts));
  const otherChars = others.reduce((n, [, chars]) => n + chars, 0);
  if (total > 0 && otherChars / total > 0.2) {
    const names = others.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f]) => `“${f}”`).join(', ');
    add('font', 'warning', `Phần lớn chữ của tệp gốc dùng phông ${names}; Nghị định 30 quy định phông Times New Roman.`);
  }
  return out;
}
