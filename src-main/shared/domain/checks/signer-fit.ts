/**
 * Whether the authority prefix fits the titles (NĐ30 Điều 13, Phụ lục I II.7; docs/layout-rules.md §8.1):
 * - KT., TL. and TUQ. sign for someone else, so the signer's own title cannot be the title after
 *   the prefix ("KT. GIÁM ĐỐC" over "GIÁM ĐỐC" means the director signs for himself);
 * - KT. is a deputy signing for the head: the own title is a deputy's ("PHÓ …", "THỨ TRƯỞNG");
 * - TM. stands before a collective body (ỦY BAN NHÂN DÂN, BAN CHỈ ĐẠO, HỘI ĐỒNG …), never before
 *   one person's title (GIÁM ĐỐC, CHỦ TỊCH, TRƯỞNG BAN).
 * Which prefixes may be combined is the schema's business (signer-rules.ts), not repeated here.
 */
import type { AuthorityLine, Draft } from '../draft-schema';
import type { CheckFamily } from './types';

const norm = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleUpperCase('vi');

/** A deputy's title: "PHÓ GIÁM ĐỐC", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "THỨ TRƯỞNG". */
const DEPUTY = /^(?:PHÓ|THỨ TRƯỞNG)(?:\s|$)/u;
/**
 * One person's title: a deputy's, a head's ("… TRƯỞNG" within the first three words: TRƯỞNG BAN,
 * CỤC TRƯỞNG, TỔNG CỤC TRƯỞNG, KẾ TOÁN TRƯỞNG), a director's, a chairman's, a chief's.
 */
const PERSON = /^(?:PHÓ\s|QUYỀN\s|(?:\S+\s){0,2}TRƯỞNG(?:\s|$)|(?:TỔNG\s)?GIÁM ĐỐC(?:\s|$)|CHỦ (?:TỊCH|NHIỆM)(?:\s|$)|CHÁNH\s|BÍ THƯ(?:\s|$))/u;

const SIGNS_FOR_OTHERS = new Set<AuthorityLine['prefix']>(['KT.', 'TL.', 'TUQ.']);

const SAME_TITLE_MESSAGE: Readonly<Record<'KT.' | 'TL.' | 'TUQ.', (title: string) => string>> = {
  'KT.': (t) =>
    `“KT. ${t}” là cấp phó ký thay ${t}, nên chức vụ người ký phải là chức vụ cấp phó (ví dụ “PHÓ ${t}”). Nếu chính ${t} ký thì bỏ “KT.”.`,
  'TL.': (t) =>
    `“TL. ${t}” là người đứng đầu đơn vị ký thừa lệnh ${t}, nên chức vụ người ký không thể cũng là “${t}” (ví dụ “CHÁNH VĂN PHÒNG”). Nếu chính ${t} ký thì bỏ “TL.”.`,
  'TUQ.': (t) =>
    `“TUQ. ${t}” là người được ${t} ủy quyền ký, nên chức vụ người ký không thể cũng là “${t}” (ví dụ “TRƯỞNG PHÒNG …”). Nếu chính ${t} ký thì bỏ “TUQ.”.`,
};

function tmFix(draft: Draft): Draft {
  const [line, ...rest] = draft.signer.authority;
  if (!line || rest.length > 0 || line.prefix !== 'TM.' || !PERSON.test(norm(line.title))) return draft;
  const own = norm(draft.signer.title);
  if (own === norm(line.title)) return { ...draft, signer: { ...draft.signer, authority: [] } };
  if (DEPUTY.test(own)) return { ...draft, signer: { ...draft.signer, authority: [{ ...line, prefix: 'KT.' }] } };
  return draft;
}

/** Prefix and titles of the signature block. */
export const signerFit: CheckFamily = {
  family: 'signer',
  create: () => ({
    draft(draft, report) {
      const { authority, title } = draft.signer;
      const own = norm(title);
      const last = authority.at(-1);
      if (last && own && SIGNS_FOR_OTHERS.has(last.prefix) && norm(last.title) === own) {
        const prefix = last.prefix as 'KT.' | 'TL.' | 'TUQ.';
        report({
          id: 'signer.sameTitle',
          severity: 'error',
          field: ['signer', 'title'],
          message: SAME_TITLE_MESSAGE[prefix](own),
        });
      } else if (last?.prefix === 'KT.' && own && !DEPUTY.test(own)) {
        report({
          id: 'signer.notDeputy',
          severity: 'warning',
          field: ['signer', 'title'],
          message: `“KT.” (ký thay) dùng khi cấp phó ký thay người đứng đầu, nên chức vụ người ký thường là “PHÓ …”, nhưng ở đây là “${own}”. Hãy kiểm tra lại chức vụ hoặc quyền hạn ký.`,
        });
      }
      authority.forEach((line, i) => {
        const collective = norm(line.title);
        if (line.prefix !== 'TM.' || !PERSON.test(collective)) return;
        const fixable = authority.length === 1 && (own === collective || DEPUTY.test(own));
        report({
          id: 'signer.tmNotCollective',
          severity: 'error',
          field: ['signer', 'authority', i, 'title'],
          message: `“TM.” (thay mặt) chỉ đứng trước tên một tập thể, ví dụ “TM. ỦY BAN NHÂN DÂN”, “TM. BAN CHỈ ĐẠO”, không đứng trước chức vụ của một người như “${collective}”. Người đứng đầu tự ký thì bỏ “TM.”; cấp phó ký thay thì dùng “KT.”.`,
          ...(fixable ? { fix: { label: own === collective ? 'Bỏ “TM.”' : 'Đổi thành “KT.”', apply: tmFix } } : {}),
        });
      });
    },
  }),
};
