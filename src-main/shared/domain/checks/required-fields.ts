/**
 * Fields a Báo cáo cannot go without (NĐ30 Điều 8, Phụ lục I II.2–9): issuing agency, its
 * abbreviation in the ký hiệu, place, trích yếu, the signer's title and name, and at least one
 * recipient. An empty one prints a hole in the page, so each is an error.
 */
import type { AuthorityPrefix, Draft } from '../draft-schema';
import type { CheckFamily, FieldPath, Report } from './types';

const blank = (text: string): boolean => text.trim() === '';

/** The required header and title fields: where they are and what to say when empty. */
const REQUIRED: ReadonlyArray<{ id: string; field: FieldPath; value: (d: Draft) => string; message: string }> = [
  {
    id: 'required.issuingAgency',
    field: ['header', 'issuingAgency'],
    value: (d) => d.header.issuingAgency,
    message: 'Chưa ghi tên cơ quan ban hành (góc trên bên trái). Hãy nhập tên cơ quan, tổ chức ban hành báo cáo, ví dụ “SỞ THÔNG TIN VÀ TRUYỀN THÔNG”.',
  },
  {
    id: 'required.agencyAbbr',
    field: ['header', 'agencyAbbr'],
    value: (d) => d.header.agencyAbbr,
    message: 'Chưa ghi chữ viết tắt tên cơ quan trong số, ký hiệu, nên dòng số chỉ in “Số: …/BC”. Hãy nhập chữ viết tắt, ví dụ “STTTT” để in “Số: …/BC-STTTT”.',
  },
  {
    id: 'required.place',
    field: ['header', 'place'],
    value: (d) => d.header.place,
    message: 'Chưa ghi địa danh ở dòng ngày tháng. Hãy nhập tên tỉnh, thành phố hoặc đơn vị hành chính nơi cơ quan đóng trụ sở, ví dụ “Quảng Trị”.',
  },
  {
    id: 'required.title',
    field: ['title'],
    value: (d) => d.title,
    message: 'Chưa có trích yếu dưới chữ “BÁO CÁO”. Hãy ghi ngắn gọn nội dung báo cáo, ví dụ “Kết quả thực hiện công tác cải cách hành chính năm 2023”.',
  },
  {
    id: 'required.signerName',
    field: ['signer', 'name'],
    value: (d) => d.signer.name,
    message: 'Chưa ghi họ tên người ký. Hãy nhập họ và tên đầy đủ, không kèm học hàm, học vị.',
  },
];

const AUTHORITY_EXAMPLES: Readonly<Record<AuthorityPrefix, string>> = {
  'TM.': 'TM. ỦY BAN NHÂN DÂN',
  'KT.': 'KT. GIÁM ĐỐC',
  'TL.': 'TL. GIÁM ĐỐC',
  'TUQ.': 'TUQ. GIÁM ĐỐC',
  'Q.': 'Q. GIÁM ĐỐC',
};

function checkSigner(draft: Draft, report: Report): void {
  const { authority, title } = draft.signer;
  authority.forEach((line, i) => {
    if (!blank(line.title)) return;
    report({
      id: 'required.authorityTitle',
      severity: 'error',
      field: ['signer', 'authority', i, 'title'],
      message: `Dòng thẩm quyền “${line.prefix} …” chưa có chức vụ hoặc tên tập thể. Hãy ghi đủ, ví dụ “${AUTHORITY_EXAMPLES[line.prefix]}”, hoặc bỏ dòng này.`,
    });
  });
  // "Q. GIÁM ĐỐC" says the signer's title by itself; every other block needs the own title.
  const last = authority.at(-1);
  const saidByAuthority = last?.prefix === 'Q.' && !blank(last.title);
  if (blank(title) && !saidByAuthority) {
    report({
      id: 'required.signerTitle',
      severity: 'error',
      field: ['signer', 'title'],
      message: 'Chưa ghi chức vụ người ký, ví dụ “PHÓ GIÁM ĐỐC” (cấp phó ký thay) hoặc “GIÁM ĐỐC” (người đứng đầu ký).',
    });
  }
}

/** Required fields. */
export const requiredFields: CheckFamily = {
  family: 'required',
  create: () => ({
    draft(draft, report) {
      for (const rule of REQUIRED) {
        if (blank(rule.value(draft))) report({ id: rule.id, severity: 'error', field: rule.field, message: rule.message });
      }
      checkSigner(draft, report);
      const anyRecipient = [...draft.noiNhan.recipients, ...draft.kinhGui].some((r) => !blank(r));
      if (!anyRecipient) {
        report({
          id: 'required.noiNhan',
          severity: 'error',
          field: ['noiNhan', 'recipients'],
          message: 'Nơi nhận chưa có nơi nào, chỉ có dòng “Lưu”. Hãy thêm các cơ quan, đơn vị nhận báo cáo, mỗi nơi một dòng.',
        });
      }
    },
  }),
};
