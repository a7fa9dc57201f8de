/**
 * Months written with a leading zero in free text. NĐ30 (Phụ lục I II.4) pads only January and
 * February ("tháng 01", "tháng 02") and writes the others bare ("tháng 3", never "tháng 03"); the
 * date line is formatted by the app, but clerks type dates into the opening, the closing, the
 * body and the appendices too ("… ngày 15 tháng 03 năm 2023", "ngày 15/03/2023"). Reported as a
 * warning so the whole text follows the rule of the date line; the fix drops the zero.
 */
import { mapItemText } from './draft-edit';
import type { CheckFamily, Report, TextItem } from './types';
import { shortQuote } from './walk';

/** "tháng 03" … "tháng 09", and the odd "tháng 010" … "tháng 012". */
const PADDED_WORD = /(tháng[\s\u00a0]+)0(1[0-2]|[3-9])(?!\d)/giu;
/** "ngày 15/03/2023": a numeric date after "ngày". */
const PADDED_NUMERIC = /(ngày[\s\u00a0]+\d{1,2}\/)0([3-9])(\/\d{4})(?!\d)/giu;

/** The text with padded months 3–12 written without the zero. */
export function unpadMonths(text: string): string {
  return text.replace(PADDED_WORD, '$1$2').replace(PADDED_NUMERIC, '$1$2$3');
}

function firstPadded(text: string): string | null {
  PADDED_WORD.lastIndex = 0;
  PADDED_NUMERIC.lastIndex = 0;
  const match = PADDED_WORD.exec(text) ?? PADDED_NUMERIC.exec(text);
  return match ? match[0] : null;
}

function check(item: TextItem, report: Report): void {
  const found = firstPadded(item.text);
  if (found === null) return;
  report({
    id: 'month.leadingZero',
    severity: 'warning',
    field: item.field,
    message: `${item.where} viết tháng có số 0 ở đầu: ${shortQuote(found)}. Theo Nghị định 30, chỉ tháng 1 và tháng 2 viết “01”, “02”; các tháng khác viết không có số 0, ví dụ “tháng 3”.`,
    fix: {
      label: 'Bỏ số 0 trước tháng',
      apply: (draft) => mapItemText(draft, item, unpadMonths),
    },
  });
}

/** Leading zeros on months 3–12. */
export const monthFormat: CheckFamily = {
  family: 'month',
  create: () => ({ text: check }),
};
