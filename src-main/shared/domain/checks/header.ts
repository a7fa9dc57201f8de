/**
 * The number and date line (ô 3, ô 4; NĐ30 Phụ lục I II.3–4): a date that does not exist, and an
 * agency abbreviation that repeats the type abbreviation ("BC-STTTT" prints "Số: …/BC-BC-STTTT")
 * or holds spaces (the groups of a ký hiệu have none).
 */
import { isValidDate } from '../dates';
import { mapStringAt } from './draft-edit';
import type { CheckFamily } from './types';

const ABBR = ['header', 'agencyAbbr'] as const;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Header fields. */
export const header: CheckFamily = {
  family: 'header',
  create: () => ({
    draft(draft, report) {
      const { date, typeAbbr, agencyAbbr } = draft.header;
      if (!isValidDate(date)) {
        report({
          id: 'header.invalidDate',
          severity: 'error',
          field: ['header', 'date'],
          message: `Ngày ${date.day}/${date.month}/${date.year} không có trên lịch. Hãy sửa ngày hoặc tháng ở dòng địa danh, ngày tháng.`,
        });
      }
      const type = typeAbbr.trim();
      const doubled = new RegExp(`^\\s*${escapeRegExp(type)}\\s*-`, 'iu');
      if (type && doubled.test(agencyAbbr)) {
        report({
          id: 'header.abbrRepeatsType',
          severity: 'error',
          field: ABBR,
          message: `Chữ viết tắt tên cơ quan “${agencyAbbr.trim()}” đã có “${type}-” ở đầu, nên sẽ in “Số: …/${type}-${agencyAbbr.trim()}”. Chỉ ghi phần tên cơ quan, ví dụ “STTTT”.`,
          fix: { label: `Bỏ “${type}-” ở đầu`, apply: (d) => mapStringAt(d, ABBR, (s) => s.replace(doubled, '')) },
        });
      } else if (/\S\s+\S/u.test(agencyAbbr)) {
        report({
          id: 'header.abbrSpaces',
          severity: 'warning',
          field: ABBR,
          message: `Chữ viết tắt tên cơ quan “${agencyAbbr.trim()}” có dấu cách; trong ký hiệu văn bản các chữ viết liền, các nhóm nối bằng dấu “-”.`,
          fix: { label: 'Bỏ dấu cách', apply: (d) => mapStringAt(d, ABBR, (s) => s.replace(/\s+/gu, '')) },
        });
      }
    },
  }),
};
