/**
 * NĐ30 rules for the signature block (ô 7a/7b; Điều 13, Phụ lục I II.7; docs/layout-rules.md §8.1): which authority
 * prefixes may stand together and in what order, and the lines the block prints. The schema
 * refuses a block these rules refuse; the page layout prints what `signerBlockLines` gives.
 */
import type { AuthorityLine, Signer } from './draft-schema';

/** The authority prefixes of NĐ30 Điều 13 / Phụ lục I II.7 (docs/layout-rules.md §8.1); draft-schema re-exports them. */
export const AUTHORITY_PREFIXES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;
/** One authority prefix. */
export type AuthorityPrefix = (typeof AUTHORITY_PREFIXES)[number];

/** Most authority lines a block holds: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" (or TL. then KT.). */
export const MAX_AUTHORITY_LINES = 2;
/** Said when a block has more authority lines than NĐ30 combines. */
export const TOO_MANY_AUTHORITY_LINES =
  `Khối chữ ký có nhiều nhất ${MAX_AUTHORITY_LINES} dòng thẩm quyền (ví dụ “TM. ỦY BAN NHÂN DÂN” rồi “KT. CHỦ TỊCH”)`;

/** Vietnamese meaning of each prefix, for the editor and for messages. */
export const AUTHORITY_PREFIX_NAMES: Readonly<Record<AuthorityPrefix, string>> = {
  'TM.': 'thay mặt',
  'KT.': 'ký thay',
  'TL.': 'thừa lệnh',
  'TUQ.': 'thừa ủy quyền',
  'Q.': 'quyền',
};

/**
 * The prefixes that may stand on the line below each prefix. TM. names the collective, so the
 * head's title may follow under KT. (a deputy signs for the head, Điều 13.2) or Q. (an acting
 * head: Q. goes before the head's title). Điều 13.4 lets the one signing TL. hand it to their
 * deputy as KT. After KT. or Q. the next line is the signer's own title, not an authority line;
 * Điều 13.3 forbids re-delegating a TUQ.
 */
const MAY_FOLLOW: Readonly<Record<AuthorityPrefix, readonly AuthorityPrefix[]>> = {
  'TM.': ['KT.', 'Q.'],
  'TL.': ['KT.'],
  'KT.': [],
  'TUQ.': [],
  'Q.': [],
};

/** Why nothing, or only some prefixes, may follow a prefix (Vietnamese, for the clerk). */
const FOLLOW_REASON: Readonly<Record<AuthorityPrefix, string>> = {
  'TM.': 'sau “TM.” chỉ có thể là “KT.” (cấp phó ký thay người đứng đầu) hoặc “Q.” (người được giao quyền cấp trưởng)',
  'TL.': 'sau “TL.” chỉ có thể là “KT.”: người ký thừa lệnh giao lại cho cấp phó ký thay (Điều 13 khoản 4)',
  'KT.': 'sau “KT.” là chức vụ của người ký thay, không thêm dòng thẩm quyền nào khác; hãy ghi chức vụ ở ô “Chức vụ người ký”',
  'TUQ.': 'người ký thừa ủy quyền (“TUQ.”) không được ủy quyền lại cho người khác ký (Điều 13 khoản 3)',
  'Q.': 'sau “Q.” là chức vụ của người ký, không thêm dòng thẩm quyền nào khác',
};

/** A rule the authority lines break: where (relative to the signer) and why, in Vietnamese. */
export interface SignerProblem {
  path: Array<string | number>;
  message: string;
}

const lineName = (index: number) => `Dòng thẩm quyền thứ ${index + 1} của khối chữ ký`;

/** The problems of a block's authority lines against NĐ30; empty when the block is valid. */
export function signerProblems(authority: ReadonlyArray<Pick<AuthorityLine, 'prefix'>>): SignerProblem[] {
  const problems: SignerProblem[] = [];
  if (authority.length > MAX_AUTHORITY_LINES) problems.push({ path: ['authority'], message: TOO_MANY_AUTHORITY_LINES });
  authority.forEach((line, index) => {
    const path = ['authority', index, 'prefix'];
    if (index === 0) return;
    if (line.prefix === 'TM.') {
      problems.push({ path, message: `${lineName(index)}: “TM.” (thay mặt tập thể) chỉ đứng ở dòng đầu và chỉ một lần` });
      return;
    }
    const above = authority[index - 1]?.prefix;
    if (above && !MAY_FOLLOW[above].includes(line.prefix)) {
      problems.push({ path, message: `${lineName(index)}: ${FOLLOW_REASON[above]}` });
    }
  });
  return problems;
}

/** The prefixes the line below `above` may take; every prefix for the first line. */
export function prefixesAllowedBelow(above: AuthorityPrefix | undefined): AuthorityPrefix[] {
  return above === undefined ? [...AUTHORITY_PREFIXES] : [...MAY_FOLLOW[above]];
}

/** The prefixes a new first line may take above a line with `below` (TM. or TL. above KT.). */
export function prefixesAllowedAbove(below: AuthorityPrefix): AuthorityPrefix[] {
  return AUTHORITY_PREFIXES.filter((p) => MAY_FOLLOW[p].includes(below));
}

/** The printed lines of a signature block (ô 7a, 7b): ALL CAPS titles and the name as written. */
export interface SignerBlockLines {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH": one per authority line, in order. */
  authority: string[];
  /**
   * The signer's own title ("PHÓ CHỦ TỊCH"), one entry per line (`\n` in the stored title breaks
   * it); empty when there is none or when it only repeats the last authority line's title.
   */
  title: string[];
  /** Họ và tên, whitespace collapsed; printed in proper-name case, bold (docs/layout-rules.md §8.2). */
  name: string;
}

const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();
const caps = (text: string) => text.toLocaleUpperCase('vi');

/** The lines a signature block prints, per docs/layout-rules.md §8.2: authority lines, then the signer's title, then the name. */
export function signerBlockLines(signer: Signer): SignerBlockLines {
  const authority = signer.authority.map((line) => caps(oneLine(`${line.prefix} ${line.title}`)));
  const lastTitle = caps(oneLine(signer.authority.at(-1)?.title ?? ''));
  const title = signer.title.split('\n').map((line) => caps(oneLine(line))).filter(Boolean);
  // "Q. GIÁM ĐỐC" with the title "Giám đốc" prints the title once, as v1 did.
  const repeats = title.length === 1 && lastTitle !== '' && title[0] === lastTitle;
  return { authority, title: repeats ? [] : title, name: oneLine(signer.name) };
}
