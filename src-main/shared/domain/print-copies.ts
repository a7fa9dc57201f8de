/**
 * "In n bản": how many copies to print, counted from the Nơi nhận list the way a văn thư counts
 * them by hand, with the reason for every line so the clerk can check the number.
 *
 * The rule (docs/layout-rules.md §9, NĐ30 Phụ lục I II.9):
 * - every recipient line of Nơi nhận is one copy: a line names one recipient or one group;
 * - "Như trên" stands for the Kính gửi recipients, one copy each. A report with Kính gửi prints
 *   "- Như trên;" first even when the clerk did not type it, so it is counted then too;
 * - "Lưu: VT, X, Y" is one copy for Văn thư plus one per unit listed, or the number of copies kept
 *   written after a unit ("VP(02)", "VP 02b", "VP 2 bản");
 * - a line that names a group ("Các phòng chuyên môn") still counts one copy, and is flagged:
 *   only the clerk knows how many bodies it covers.
 */
import { ARCHIVE_VT, AS_ABOVE } from '../layout/constants';
import type { Draft } from './draft-schema';

/** Most copies one print may ask for; the contract and the UI take it from here. */
export const MAX_PRINT_COPIES = 999;

/** One line of the count, as the clerk reads it under the "In" button. */
export interface CopyLine {
  /** The line as printed, without the leading dash: "Sở Nội vụ", "Như trên", "Lưu: VT, VP". */
  label: string;
  copies: number;
  /** Why this many, in Vietnamese. */
  reason: string;
  /** The line may stand for several bodies: the clerk should check the number. */
  check: boolean;
}

export interface PrintCopies {
  /** At least 1 (Văn thư always keeps one), at most MAX_PRINT_COPIES. */
  total: number;
  lines: CopyLine[];
  /** Things the clerk should know about the count, in Vietnamese. */
  notes: string[];
}

/** What the count is taken from. */
export type CopySource = Pick<Draft, 'kinhGui' | 'noiNhan' | 'drafter'>;

/** A list entry as the page prints it: no leading dash, no trailing ";" or ".", one space between words. */
function cleanEntry(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(/^[-–+•\s]+/u, '')
    .replace(/[\s;.,]+$/u, '');
}

const NHU_TREN = new RegExp(`^${AS_ABOVE}$`, 'iu');
const VT = new RegExp(`^${ARCHIVE_VT}$`, 'iu');
/** "các"/"những" as a word: "Các phòng chuyên môn", "UBND các huyện". */
const GROUP_WORD = /(^|[^\p{L}])(các|những)(?=[^\p{L}]|$)/iu;
/** A unit of the Lưu line followed by its copies kept: "VP(02)", "VP (2 bản)", "VP 02b", "VP 2 bản". */
const UNIT_WITH_COPIES = /^(.*?\S)\s*(?:\(\s*(\d{1,3})\s*(?:b|bản)?\s*\)|\s(\d{1,3})\s*(?:b|bản))$/iu;

const isGroup = (label: string): boolean => GROUP_WORD.test(label);

function recipientLine(label: string): CopyLine {
  const check = isGroup(label);
  return { label, copies: 1, reason: check ? '1 bản (dòng này có thể gồm nhiều nơi, hãy kiểm tra)' : '1 bản', check };
}

function nhuTrenLine(kinhGui: readonly string[]): CopyLine {
  const check = kinhGui.some(isGroup);
  if (kinhGui.length === 0) {
    return { label: AS_ABOVE, copies: 0, reason: '0 bản: phần Kính gửi đang để trống', check: true };
  }
  const reason = `${kinhGui.length} bản, mỗi nơi ở phần Kính gửi một bản: ${kinhGui.join('; ')}`;
  return { label: AS_ABOVE, copies: kinhGui.length, reason: check ? `${reason} (có nơi gồm nhiều đơn vị, hãy kiểm tra)` : reason, check };
}

/** Splits the text after "Lưu: VT, " into units with their copies kept. */
function archiveUnits(archive: string): Array<{ unit: string; copies: number }> {
  return cleanEntry(archive)
    .replace(/^lưu\s*:?\s*/iu, '')
    .split(/[,;]/u)
    .map((part) => part.trim().replace(/\.+$/u, ''))
    .filter((part) => part !== '' && !VT.test(part))
    .map((part) => {
      const match = UNIT_WITH_COPIES.exec(part);
      const written = Number(match?.[2] ?? match?.[3] ?? 0);
      return match && written >= 1 ? { unit: match[1] ?? part, copies: written } : { unit: part, copies: 1 };
    });
}

function archiveLine(archive: string): CopyLine {
  const units = archiveUnits(archive);
  const copies = 1 + units.reduce((sum, u) => sum + u.copies, 0);
  const parts = [`${ARCHIVE_VT} 1 bản`, ...units.map((u) => `${u.unit} ${u.copies} bản`)];
  const label = units.length ? `Lưu: ${ARCHIVE_VT}, ${units.map((u) => u.unit).join(', ')}` : `Lưu: ${ARCHIVE_VT}`;
  return { label, copies, reason: `${copies} bản (${parts.join(', ')})`, check: false };
}

/** Counts the copies to print from the Nơi nhận list, line by line (see the rule above). */
export function countPrintCopies(draft: CopySource): PrintCopies {
  const kinhGui = draft.kinhGui.map(cleanEntry).filter(Boolean);
  const entries = draft.noiNhan.recipients.map(cleanEntry).filter(Boolean);
  const lines: CopyLine[] = [];
  let nhuTrenSeen = false;
  for (const entry of entries) {
    if (NHU_TREN.test(entry)) {
      // Written twice by mistake, the Kính gửi recipients still get one copy each.
      if (!nhuTrenSeen) lines.push(nhuTrenLine(kinhGui));
      nhuTrenSeen = true;
    } else {
      lines.push(recipientLine(entry));
    }
  }
  if (!nhuTrenSeen && kinhGui.length > 0) lines.unshift(nhuTrenLine(kinhGui));
  lines.push(archiveLine(draft.noiNhan.archive));

  const counted = lines.reduce((sum, line) => sum + line.copies, 0);
  const total = Math.min(MAX_PRINT_COPIES, Math.max(1, counted));
  const notes: string[] = [];
  if (counted > MAX_PRINT_COPIES) notes.push(`Đếm được ${counted} bản; mỗi lần in tối đa ${MAX_PRINT_COPIES} bản.`);
  const issued = draft.drafter.copies;
  if (issued !== null && issued > 0 && issued !== total) {
    notes.push(`Ô số lượng bản phát hành ghi ${issued} bản, khác với ${total} bản đếm theo Nơi nhận.`);
  }
  return { total, lines, notes };
}

/** The count in one Vietnamese sentence per line, for a tooltip or the print panel. */
export function explainPrintCopies(copies: PrintCopies): string {
  const lines = copies.lines.map((line) => `- ${line.label}: ${line.reason}`);
  return [`In ${copies.total} bản, đếm theo Nơi nhận:`, ...lines, ...copies.notes].join('\n');
}
