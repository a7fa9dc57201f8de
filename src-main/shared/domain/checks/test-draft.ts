/**
 * A complete report that every check passes, for the tests of the checks: each test breaks one
 * thing and expects exactly its finding. Parsed by the schema, so it stays a valid draft.
 */
import { DraftSchema, type Block, type Draft, type DraftInput, type Section } from '../draft-schema';
import { plain } from '../inline-text';
import { checkDraft } from './registry';
import type { Finding } from './types';

/** A paragraph block of one text run. */
export const paragraph = (text: string): Block => ({ type: 'paragraph', content: plain(text) });
/** A "-" or "+" item. */
export const bullet = (text: string, marker: '-' | '+' = '-'): Block => ({ type: 'bullet', marker, content: plain(text) });

/** A section with a title, blocks and children. */
export function section(id: string, title: string, blocks: Block[], children: Section[] = []): Section {
  return { id, title, blocks, children };
}

/** A draft before parsing, as the tests edit it. */
export type EditableDraft = DraftInput & { sections: Section[] };

/** The clean report; `edit` changes it before it is parsed. */
export function cleanDraft(edit: (draft: EditableDraft) => void = () => {}): Draft {
  const input: EditableDraft = {
    schemaVersion: 2,
    meta: { id: 'clean-report', createdAt: '2023-11-20T08:00:00.000Z', updatedAt: '2023-11-20T08:00:00.000Z' },
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
    title: 'Công tác tuyên truyền cải cách hành chính năm 2023',
    kinhGui: ['Ủy ban nhân dân tỉnh Quảng Trị'],
    opening: [
      paragraph(
        'Thực hiện Kế hoạch số 22/KH-UBND ngày 07/02/2023 của UBND tỉnh; Sở Thông tin và Truyền thông báo cáo kết quả năm 2023 như sau:',
      ),
    ],
    sections: [
      section('s1', 'Kết quả thực hiện', [
        paragraph('Sở đã ban hành Kế hoạch số 18/KH-STTTT ngày 14/2/2023 về tuyên truyền cải cách hành chính.'),
        bullet('Thông qua Hội nghị giao ban báo chí định kỳ, Sở đề nghị các cơ quan báo chí tăng cường tuyên truyền;'),
        bullet('Tăng dung lượng, thời lượng tuyên truyền trong tháng 3 và tháng 10.'),
      ]),
      section('s2', 'Phương hướng, nhiệm vụ năm 2024', [], [
        section('s2-1', 'Công tác tuyên truyền', [paragraph('Tiếp tục tăng cường công tác thông tin, tuyên truyền.')]),
      ]),
    ],
    closing: plain('Trên đây là Báo cáo kết quả công tác tuyên truyền cải cách hành chính năm 2023 của Sở Thông tin và Truyền thông'),
    noiNhan: { recipients: ['Sở Nội vụ', 'Ban Giám đốc Sở', 'Trung tâm CNTT-TT'], archive: 'TTBCXB' },
    signer: { authority: [{ prefix: 'KT.', title: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Hoàn' },
  };
  edit(input);
  return DraftSchema.parse(input);
}

/** The findings of `draft` with rule id `id`. */
export const findings = (draft: Draft, id: string): Finding[] => checkDraft(draft).filter((f) => f.id === id);

/** The one finding of `draft` with rule id `id`; throws unless there is exactly one. */
export function only(draft: Draft, id: string): Finding {
  const found = findings(draft, id);
  if (found.length !== 1) throw new Error(`expected one ${id}, got ${found.length}: ${JSON.stringify(checkDraft(draft).map((f) => f.id))}`);
  return found[0] as Finding;
}

/** The draft frozen all the way down, so a check or fix that mutates it throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
