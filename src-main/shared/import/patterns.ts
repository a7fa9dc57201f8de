/**
 * The wording of the NĐ30 parts, as patterns that recognise them in a file whatever its spacing,
 * case or dashes: quốc hiệu, tiêu ngữ, "Số: …/BC-…", the place-and-date line, "BÁO CÁO", Kính
 * gửi, Nơi nhận and its Lưu line, authority prefixes, marks, appendix labels, heading numbers.
 * Matching goes by the folded text (no diacritics, lower case) where the words are fixed.
 */
import type { Marks } from '../domain/draft-schema';
import type { AuthorityPrefix } from '../domain/signer-rules';
import { fold, squash } from './text';

/** The folded start of a text: the fixed words are looked for at the start only, and folding a whole paragraph costs. */
const head = (text: string, length = 60) => fold(text.slice(0, length));

export const isQuocHieu = (text: string): boolean => /^cong hoa xa hoi chu nghia viet nam\b/u.test(head(text));

/** The tiêu ngữ, with any dashes and spacing; `exact` when it is NĐ30's own form. */
export function tieuNguOf(text: string): { exact: boolean } | null {
  const t = squash(text);
  if (t.length > 80 || !/^doc lap\s*[-–—‐−]?\s*tu do\s*[-–—‐−]?\s*hanh phuc\b/u.test(fold(t))) return null;
  return { exact: /^Độc lập - Tự do - Hạnh phúc$/u.test(t.normalize('NFC')) };
}

export const isDocType = (text: string): boolean => text.length < 40 && fold(text).replace(/\s+/gu, '') === 'baocao';

export const isKinhGui = (text: string): boolean => /^kinh gui\b/u.test(head(text, 30));
/** The text after "Kính gửi:" on the same line. */
export const afterKinhGui = (text: string): string => squash(text).replace(/^\S+\s+\S+\s*:?\s*/u, '');

export const isNoiNhan = (text: string): boolean => /^noi nhan\b/u.test(head(text, 30));
/** The text after "Nơi nhận:" on the same line (a first item put there). */
export const afterNoiNhan = (text: string): string => squash(text).replace(/^\S+\s+\S+\s*:?\s*/u, '');

/** "- Lưu: VT, VP." → "VT, VP."; null when the line is no Lưu line. */
export function luuOf(text: string): string | null {
  const t = squash(text).replace(/^[-–•+*]\s*/u, '');
  const match = /^L\S*u\s*:?\s*(.*)$/iu.exec(t);
  if (!match || fold(t.split(/[\s:]/u)[0] ?? '') !== 'luu') return null;
  return match[1] ?? '';
}

/** A framed mark and the field of the model it sets. */
export type MarkFound =
  | { kind: 'urgency'; value: Marks['urgency'] }
  | { kind: 'secrecy'; value: Marks['secrecy'] }
  | { kind: 'circulation'; value: Marks['circulation'] }
  | { kind: 'draft'; value: 'DỰ THẢO' };

const MARKS: Readonly<Record<string, MarkFound>> = {
  khan: { kind: 'urgency', value: 'KHẨN' },
  'thuong khan': { kind: 'urgency', value: 'THƯỢNG KHẨN' },
  'hoa toc': { kind: 'urgency', value: 'HỎA TỐC' },
  mat: { kind: 'secrecy', value: 'MẬT' },
  'toi mat': { kind: 'secrecy', value: 'TỐI MẬT' },
  'tuyet mat': { kind: 'secrecy', value: 'TUYỆT MẬT' },
  'luu hanh noi bo': { kind: 'circulation', value: 'LƯU HÀNH NỘI BỘ' },
  'xem xong tra lai': { kind: 'circulation', value: 'XEM XONG TRẢ LẠI' },
  'du thao': { kind: 'draft', value: 'DỰ THẢO' },
};

/** A framed mark typed in capitals (KHẨN, MẬT, LƯU HÀNH NỘI BỘ, DỰ THẢO …). */
export function markOf(text: string): MarkFound | null {
  if (text.length > 40) return null;
  const t = squash(text);
  if (t !== t.toLocaleUpperCase('vi')) return null;
  return MARKS[fold(t)] ?? null;
}

/** "Số: 15/BC-UBND" → number and ký hiệu groups; `spaced` when "-" has spaces around it. */
export interface SoKyHieu {
  number: string;
  groups: string[];
  spaced: boolean;
  /** The number as typed ("5" with no leading zero is an NĐ30 slip). */
  typedNumber: string;
}

export function soKyHieuOf(text: string): SoKyHieu | null {
  if (text.length > 120 || !/^\s*s/iu.test(text)) return null;
  const t = squash(text);
  const match = /^S[ốo]\s*[:.]?\s*([\d\s.…_]*?)\s*\/\s*(\S.*?)\s*$/iu.exec(t);
  if (!match || fold(t.slice(0, 2)) !== 'so') return null;
  const rawGroups = (match[2] ?? '').replace(/[.;,]+$/u, '');
  const groups = rawGroups.split(/\s*[-–—]\s*/u).map((g) => g.trim()).filter(Boolean);
  if (groups.length === 0 || groups.some((g) => !/^[\p{L}\d&.()]+$/u.test(g))) return null;
  const typed = (match[1] ?? '').replace(/[\s.…_]/gu, '');
  return { number: typed.replace(/^0+(?=\d)/u, ''), groups, spaced: /\s[-–—]|[-–—]\s/u.test(rawGroups), typedNumber: typed };
}

/** The place-and-date line; a day or month left blank (spaces, dots, underscores) is null. */
export interface DateLine {
  place: string;
  day: number | null;
  month: number | null;
  year: number | null;
  typedDay: string;
  typedMonth: string;
}

const blankOrNumber = (text: string): { value: number | null; typed: string } => {
  const digits = text.replace(/[\s.…_/-]/gu, '');
  if (!/^\d{1,2}$/u.test(digits)) return { value: null, typed: digits };
  return { value: Number(digits), typed: digits };
};

export function dateLineOf(text: string): DateLine | null {
  if (text.length > 200) return null;
  const t = squash(text);
  // "Quảng Ngãi, ngày 20/11/2023": the date in figures, as some files write it.
  const numeric = /^(.*?)[,，]?\s*ng[àa]y\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*[.]?$/iu.exec(t);
  if (numeric) {
    const place = (numeric[1] ?? '').replace(/[,，\s]+$/u, '').trim();
    const day = Number(numeric[2]);
    const month = Number(numeric[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && place.length <= 120) return { place, day, month, year: Number(numeric[4]), typedDay: numeric[2] ?? '', typedMonth: numeric[3] ?? '' };
  }
  const match = /^(.*?)[,，]?\s*ng[àa]y\s*(.*?)\s*th[áa]ng\s*(.*?)\s*n[ăa]m\s*(\d{4}|[\s.…_]*)\s*[.]?$/iu.exec(t);
  if (!match) return null;
  const day = blankOrNumber(match[2] ?? '');
  const month = blankOrNumber(match[3] ?? '');
  if ((match[2] ?? '').length > 12 || (match[3] ?? '').length > 12) return null;
  const year = /^\d{4}$/u.test(match[4] ?? '') ? Number(match[4]) : null;
  const place = (match[1] ?? '').replace(/[,，\s]+$/u, '').trim();
  if (place.length > 120) return null;
  return { place, day: day.value, month: month.value, year, typedDay: day.typed, typedMonth: month.typed };
}

/** The authority prefix a signature line starts with, and the title after it. */
export function authorityOf(text: string): { prefix: AuthorityPrefix; title: string } | null {
  if (text.length > 200) return null;
  const t = squash(text);
  const match = /^(TM|T\.M|T\/M|KT|K\.T|K\/T|TL|T\.L|T\/L|TUQ|T\.U\.Q|Q)\s*(?:\.|\/|(?=\s))\s*(\p{Lu}.*)$/u.exec(t);
  if (!match) return null;
  const raw = (match[1] ?? '').replace(/[./]/gu, '');
  const title = match[2] ?? '';
  // "Q." must carry its dot: "Q GIÁM ĐỐC" is too loose to be sure.
  if (raw === 'Q' && !/^Q\s*\./u.test(t)) return null;
  const prefix = ({ TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' } as const)[raw as 'TM' | 'KT' | 'TL' | 'TUQ' | 'Q'];
  return prefix ? { prefix, title } : null;
}

/** "Phụ lục", "Phụ lục II", "PHỤ LỤC SỐ 01", "Phụ lục I: TITLE" → the title on the same line ('' when none). */
export function appendixLabelOf(text: string): { title: string } | null {
  if (!/^\s*ph/iu.test(text) || text.length > 600) return null;
  const t = squash(text);
  const folded = fold(t);
  if (!/^phu luc\b/u.test(folded)) return null;
  const rest = /^phu luc\s*(?:so\s*)?(?:[ivxlc]+|\d+|[a-z])?\b\s*(.*)$/u.exec(folded);
  if (!rest) return null;
  const tail = rest[1] ?? '';
  if (tail === '') return { title: '' };
  if (!/^[.:\-–—]/u.test(tail)) return null;
  // The same characters in the original text: fold keeps lengths apart from đ and marks, so cut by words.
  const words = t.split(' ');
  const tailWords = tail.replace(/^[.:\-–—]\s*/u, '').split(' ').filter(Boolean).length;
  return { title: words.slice(words.length - tailWords).join(' ').replace(/^[.:\-–—]\s*/u, '') };
}

export const isReferenceLine = (text: string): boolean => /^\(?\s*kem theo\b/u.test(head(text, 30));
export const isClosing = (text: string): boolean => /^tren day\b/u.test(head(text, 30));

/** Text with its "./." end mark taken off (and the space before it). */
export function withoutEndMark(text: string): string {
  return text.replace(/\s*\.\s*\/\s*\.\s*$/u, '');
}
export const isEndMarkOnly = (text: string): boolean => /^\s*\.\s*\/\s*\.\s*$/u.test(text);

export type LabelKind = 'part' | 'roman' | 'arabic' | 'hier' | 'letter';

/** A heading number at the start of a text: its kind, its numeral, how it was typed, and the rest. */
export interface Label {
  kind: LabelKind;
  /** "I", "3", "1.2", "a", "thứ nhất". */
  numeral: string;
  /** The label as printed ("I.", "1)", "Phần II", "1.2."). */
  typed: string;
  /** Levels of a hierarchical number ("1.2.3" → 3). */
  depth: number;
  rest: string;
}

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral up to C, or null when the letters are no numeral. */
export function romanValue(numeral: string): number | null {
  if (!/^(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u.test(numeral) || numeral === '') return null;
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The heading number a text starts with, if any. */
export function labelOf(text: string): Label | null {
  const t = squash(text);
  let m = /^(?:Phần|PHẦN)\s+((?:thứ|THỨ)\s+\p{L}+|[IVXLC]{1,7}|\d{1,2})(?=[\s.:\-–—]|$)\s*([.:\-–—]?)\s*(.*)$/u.exec(t);
  if (m) {
    const raw = m[1] ?? '';
    const rest = m[3] ?? '';
    const numeral = /^[IVXLC]+$|^\d+$/u.test(raw) ? raw : raw.toLocaleLowerCase('vi');
    // "Phần 2 của báo cáo …" is a sentence; a Phần heading has its title after a mark, in capitals, or below.
    const heading = rest === '' || m[2] !== '' || (rest === rest.toLocaleUpperCase('vi') && /\p{L}/u.test(rest));
    if (heading && (!/^[IVXLC]+$/u.test(raw) || romanValue(raw) !== null)) return { kind: 'part', numeral, typed: `Phần ${numeral}`, depth: 1, rest };
  }
  m = /^([IVXLC]{1,7})\s*([.)/:\-–—])\s*(.*)$/u.exec(t);
  if (m && romanValue(m[1] ?? '') !== null && !(m[2] === '-' && /^\d/u.test(m[3] ?? ''))) {
    return { kind: 'roman', numeral: m[1] ?? '', typed: `${m[1]}${m[2]}`, depth: 1, rest: m[3] ?? '' };
  }
  m = /^(\d{1,2}(?:\.\d{1,2}){1,3})(\.?)(?:\s+|$)(.*)$/u.exec(t);
  if (m) {
    const numeral = m[1] ?? '';
    return { kind: 'hier', numeral, typed: `${numeral}${m[2] ?? ''}`, depth: numeral.split('.').length, rest: m[3] ?? '' };
  }
  m = /^(\d{1,2})\s*([.)/])(?:\s+|(?=\p{Lu})|$)(.*)$/u.exec(t) ?? /^(\d{1,2})\s*(-)\s+(?=\p{Lu})(.*)$/u.exec(t);
  if (m) return { kind: 'arabic', numeral: m[1] ?? '', typed: `${m[1]}${m[2]}`, depth: 1, rest: m[3] ?? '' };
  m = /^([a-zđ])\s*([)/]|\.(?=\s))\s*(.*)$/u.exec(t);
  if (m) return { kind: 'letter', numeral: m[1] ?? '', typed: `${m[1]}${m[2]}`, depth: 1, rest: m[3] ?? '' };
  return null;
}

/** The bullet a text starts with: "-" (and dash-like marks) or "+". */
export function bulletOf(text: string): { marker: '-' | '+'; rest: string } | null {
  const t = text.replace(/^[\s\u00a0]+/u, '');
  const m = /^([-–—•·▪◦○●■□➢❖✓*+])(?:\s+|(?=[\p{L}\d"“(]))(.*)$/su.exec(t);
  if (!m) return null;
  return { marker: m[1] === '+' ? '+' : '-', rest: m[2] ?? '' };
}
