/**
 * The trích yếu is written in lower case (sentence case), bold (NĐ30 Phụ lục I II.5.b); only
 * "BÁO CÁO" above it is in capitals. A trích yếu typed all in capitals is reported, with a fix
 * to sentence case that keeps abbreviations (UBND, CCHC: words that are no Vietnamese syllable).
 */
import { isVietnameseSyllable } from '../legacy-text/syllable';
import { mapStringAt } from './draft-edit';
import type { CheckFamily } from './types';

const LETTER = /\p{L}/gu;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
const lower = (s: string): string => s.toLocaleLowerCase('vi');
const upper = (s: string): string => s.toLocaleUpperCase('vi');

/** Whether a text is written in capitals: at least two words and six letters, none of them small. */
export function isAllCaps(text: string): boolean {
  const letters = text.match(LETTER) ?? [];
  const words = text.match(WORD) ?? [];
  return letters.length >= 6 && words.length >= 2 && letters.every((ch) => ch === upper(ch) && ch !== lower(ch));
}

const ROMAN = /^[IVXLC]+$/u;
/** Words after which a Roman numeral counts something: "QUÝ I", "GIAI ĐOẠN II", "KHÓA XV". */
const COUNTED = /(?:^|\s)(?:quý|đoạn|phần|khóa|khoá|kỳ|đợt|mục|lục|chương|lần)\s+$/iu;

/** "KẾT QUẢ CÔNG TÁC CCHC QUÝ I" → "Kết quả công tác CCHC quý I": abbreviations and counted Roman numerals kept. */
export function toSentenceCase(text: string): string {
  const out = text.replace(WORD, (word, offset: number) => {
    if (word.length >= 2 && !isVietnameseSyllable(word)) return word;
    if (ROMAN.test(word) && COUNTED.test(text.slice(0, offset))) return word;
    return lower(word);
  });
  return out.replace(/\p{L}/u, (first) => upper(first));
}

/** Capitals in the trích yếu. */
export const titleCase: CheckFamily = {
  family: 'title',
  create: () => ({
    draft(draft, report) {
      if (!isAllCaps(draft.title)) return;
      report({
        id: 'title.allCaps',
        severity: 'error',
        field: ['title'],
        message:
          'Trích yếu đang viết toàn chữ in hoa. Theo Nghị định 30, chỉ tên loại “BÁO CÁO” viết in hoa; trích yếu viết chữ thường, viết hoa chữ đầu và tên riêng. Sau khi sửa, hãy kiểm tra lại các tên riêng.',
        fix: { label: 'Đổi sang chữ thường', apply: (d) => (isAllCaps(d.title) ? mapStringAt(d, ['title'], toSentenceCase) : d) },
      });
    },
  }),
};
