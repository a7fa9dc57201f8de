/**
 * Why a file is refused by "Nhập từ Word", in Vietnamese, one message per problem. The handler
 * puts "Không nhập được tệp “…”: " in front; nothing stored changes when a file is refused.
 */
export const IMPORT_MESSAGES = {
  empty: 'tệp rỗng.',
  notZip: 'đây không phải tệp Word (.docx): nội dung tệp không phải một gói DOCX. Hãy mở tệp bằng Word và lưu lại dưới dạng “Tài liệu Word (*.docx)”.',
  legacyDoc:
    'đây là tệp Word 97–2003 (.doc) được đổi tên thành .docx. Hãy mở tệp bằng Word, chọn Lưu thành → “Tài liệu Word (*.docx)”, rồi nhập tệp mới.',
  encrypted:
    'tệp Word được đặt mật khẩu (đã mã hoá) nên không đọc được nội dung. Hãy mở tệp bằng Word, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu), lưu lại rồi nhập.',
  otherOle: 'đây là tệp Office đời cũ (định dạng OLE), không phải tệp .docx.',
  rtf: 'đây là tệp RTF được đổi tên, không phải tệp .docx. Hãy mở bằng Word và lưu lại dưới dạng “Tài liệu Word (*.docx)”.',
  pdf: 'đây là tệp PDF, không phải tệp Word. Hãy nhập tệp .docx gốc của báo cáo.',
  odt: 'đây là tài liệu OpenDocument (.odt), không phải tệp .docx. Hãy mở bằng LibreOffice hoặc Word và lưu lại dưới dạng .docx.',
  notWord: 'tệp là một gói nén nhưng không phải tài liệu Word (không có phần nội dung word/document.xml).',
  damaged: 'tệp Word bị hỏng, gói nén bên trong không đọc được (có thể do chép hoặc tải về dở).',
  bomb: 'tệp Word chứa dữ liệu nén giải ra lớn bất thường so với một văn bản (có thể là tệp độc hại), nên không nhập.',
  flatXml: 'đây là tài liệu Word dạng XML (Word 2003 XML), không phải tệp .docx. Hãy mở bằng Word và lưu lại dưới dạng “Tài liệu Word (*.docx)”.',
  tooComplex: 'tệp Word quá lớn hoặc quá phức tạp để đọc trong giới hạn bộ nhớ cho phép.',
  timeout: 'đọc tệp Word mất quá nhiều thời gian nên đã dừng.',
} as const;

/** A part of the package is not well-formed XML (or holds a DOCTYPE). */
export function malformedPartMessage(part: string, detail: string): string {
  return `tệp Word bị hỏng: phần “${part}” không phải XML hợp lệ (${detail.slice(0, 200)}).`;
}

/** A part the document needs points outside the file. */
export function externalPartMessage(part: string, target: string): string {
  return `tệp Word lấy phần “${part}” từ bên ngoài tệp (${target.slice(0, 200)}); chỉ nhập được tệp chứa đủ nội dung bên trong.`;
}

/** The prefix of every refusal. */
export function refusal(fileName: string, reason: string): string {
  return `Không nhập được tệp “${fileName}”: ${reason} Chưa có bản thảo nào được tạo.`;
}
