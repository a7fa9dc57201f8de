/**
 * The header of page 1 (ô 1–4, 10, 11) from its printed lines, by content and position, whatever
 * the layout: a 2×2 or 3×3 table, plain paragraphs, columns set with tabs, quốc hiệu and tiêu
 * ngữ in one paragraph or on two rows. Quốc hiệu, tiêu ngữ, "Số", the date line and the marks
 * are known by their wording; what is left on the agency side is the agency name, the parent
 * (chủ quản, not bold) above the issuing one (bold). Rules (underscores, borders, shapes) and
 * empty lines are skipped.
 */
import type { Marks } from '../domain/draft-schema';
import { authorityOf, dateLineOf, isQuocHieu, markOf, soKyHieuOf, tieuNguOf, type DateLine, type SoKyHieu } from './patterns';
import { boldShare, fold, isRuleOrBlank, showsCaps, squash, type Piece } from './text';
import type { ZoneLine } from './zone-lines';

export interface HeaderFacts {
  parentLines: ZoneLine[];
  issuingLines: ZoneLine[];
  quocHieu: ZoneLine | null;
  tieuNgu: ZoneLine | null;
  so: { line: ZoneLine; parsed: SoKyHieu } | null;
  date: { lines: ZoneLine[]; parsed: DateLine } | null;
  marks: Omit<Marks, 'addressLine'>;
  /** Lines that belong to none of the parts (kept in the body, listed in the report). */
  leftover: ZoneLine[];
}

/** Words that start the name of an agency: a new name begins where one of them starts a line. */
const AGENCY_STARTS = [
  'uy ban', 'ubnd', 'hdnd', 'hoi dong', 'so', 'bo', 'ban', 'phong', 'cuc', 'tong cuc', 'chi cuc', 'vu', 'vien', 'trung tam',
  'van phong', 'thanh tra', 'cong an', 'bo chi huy', 'ban chi huy', 'truong', 'benh vien', 'dang uy', 'tinh uy', 'huyen uy',
  'thanh uy', 'quan uy', 'mat tran', 'doan', 'hoi', 'kho bac', 'chi nhanh', 'cong ty', 'tap doan', 'toa an', 'vien kiem sat',
  'dai', 'bao', 'quy', 'ngan hang', 'cuc thue', 'chi cuc thue', 'to', 'nhom', 'lien doan', 'bhxh', 'bao hiem',
];

const startsAgency = (text: string): boolean => {
  const f = fold(text);
  return AGENCY_STARTS.some((w) => f === w || f.startsWith(`${w} `));
};

/** Splits the agency lines into chủ quản and ban hành. */
function splitAgency(lines: ZoneLine[]): { parent: ZoneLine[]; issuing: ZoneLine[] } {
  if (lines.length === 0) return { parent: [], issuing: [] };
  const bold = lines.map((l) => boldShare(l.pieces) >= 0.6);
  const firstBold = bold.indexOf(true);
  if (firstBold > 0) return { parent: lines.slice(0, firstBold), issuing: lines.slice(firstBold) };
  if (firstBold === 0 && bold.every(Boolean)) {
    // All bold (or all plain): a second agency starts where a line of its own paragraph starts a name.
  } else if (firstBold === 0) {
    return { parent: [], issuing: lines };
  }
  const paragraphs: ZoneLine[][] = [];
  for (const line of lines) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last[0]?.para === line.para) last.push(line);
    else paragraphs.push([line]);
  }
  if (paragraphs.length >= 2) {
    const lastPara = paragraphs[paragraphs.length - 1] ?? [];
    const firstText = lastPara[0]?.text ?? '';
    const before = paragraphs[paragraphs.length - 2]?.at(-1)?.text ?? '';
    if (startsAgency(firstText) && !/(\s|^)(VÀ|,)$/u.test(squash(before))) {
      const parent = paragraphs.slice(0, -1).flat();
      return { parent, issuing: lastPara };
    }
  }
  return { parent: [], issuing: lines };
}

/** Recognises the header parts among `lines` (the lines above "BÁO CÁO"). */
export function recogniseHeader(lines: readonly ZoneLine[]): HeaderFacts {
  const facts: HeaderFacts = {
    parentLines: [],
    issuingLines: [],
    quocHieu: null,
    tieuNgu: null,
    so: null,
    date: null,
    marks: { urgency: '', secrecy: '', circulation: '', draftMark: false },
    leftover: [],
  };
  const agency: ZoneLine[] = [];
  let pendingDate: ZoneLine | null = null;
  for (const line of lines) {
    const text = squash(line.text);
    if (isRuleOrBlank(text)) continue;
    if (pendingDate) {
      // "…, ngày 29 tháng 6" / "năm 2019": a date line wrapped by hand.
      const joined = dateLineOf(`${pendingDate.text} ${text}`);
      pendingDate = null;
      if (joined && joined.year !== null && facts.date) {
        facts.date = { lines: [...facts.date.lines, line], parsed: joined };
        continue;
      }
    }
    if (!facts.quocHieu && isQuocHieu(text)) {
      facts.quocHieu = line;
      // "CỘNG HÒA … VIỆT NAM Độc lập - Tự do - Hạnh phúc" typed on one line.
      const rest = text.replace(/^.*?VI[ỆE]T\s+NAM\s*/iu, '');
      if (rest && tieuNguOf(rest)) facts.tieuNgu = { ...line, text: rest };
      continue;
    }
    if (!facts.tieuNgu && tieuNguOf(text)) {
      facts.tieuNgu = line;
      continue;
    }
    const so = facts.so ? null : soKyHieuOf(text);
    if (so) {
      facts.so = { line, parsed: so };
      continue;
    }
    const date = facts.date ? null : dateLineOf(text);
    if (date) {
      facts.date = { lines: [line], parsed: date };
      if (date.year === null) pendingDate = line;
      continue;
    }
    const mark = markOf(text);
    if (mark) {
      if (mark.kind === 'draft') facts.marks.draftMark = true;
      else if (mark.kind === 'urgency') facts.marks.urgency = mark.value;
      else if (mark.kind === 'secrecy') facts.marks.secrecy = mark.value;
      else facts.marks.circulation = mark.value;
      continue;
    }
    // The agency side: the left column, or (plain paragraphs) lines before the quốc hiệu's block.
    const agencySide = line.side === 'left' || (line.side === 'any' && !facts.so && !facts.date && !authorityOf(text));
    if (agencySide && showsCaps(line)) agency.push(line);
    else facts.leftover.push(line);
  }
  const { parent, issuing } = splitAgency(agency);
  facts.parentLines = parent;
  facts.issuingLines = issuing;
  return facts;
}

/**
 * The agency lines as stored (the layout prints agency names in capitals itself: letters set in
 * "All caps" keep their own case), before chosen breaks are thinned out.
 */
export function agencyText(lines: readonly ZoneLine[]): string[] {
  return lines.map((l) => squash(l.typed)).filter(Boolean);
}

/** Pieces of all the lines, for the checks on sizes. */
export const piecesOf = (lines: readonly { pieces: Piece[] }[]): Piece[] => lines.flatMap((l) => l.pieces);
