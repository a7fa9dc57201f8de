/**
 * The front of a report: the header lines above "BÁO CÁO", the tên loại itself, the trích yếu
 * (bold or centred lines right below it, in one paragraph with breaks or several, or in a
 * one-cell table), and Kính gửi with one or several recipients. Where the body starts follows.
 */
import type { DocBlock } from './doc-model';
import { recogniseHeader, type HeaderFacts } from './header';
import { afterKinhGui, bulletOf, dateLineOf, isDocType, isKinhGui, isQuocHieu, labelOf, soKyHieuOf, tieuNguOf } from './patterns';
import { boldShare, fold, isRuleOrBlank, squash } from './text';
import { zoneLines, type ZoneLine } from './zone-lines';

export interface FrontFacts {
  header: HeaderFacts;
  docType: ZoneLine | null;
  titleLines: ZoneLine[];
  kinhGui: string[];
  kinhGuiLines: ZoneLine[];
  /** Index of the first top-level block of the body. */
  bodyStart: number;
  /** Lines of the front that fit nothing (header leftovers, stray lines around the title). */
  leftover: ZoneLine[];
}

/** How far into the document the front is looked for, in top-level blocks. */
const FRONT_BLOCKS = 60;
const MAX_TITLE_LINES = 8;

const isHeaderLine = (text: string): boolean => isQuocHieu(text) || tieuNguOf(text) !== null || soKyHieuOf(text) !== null || dateLineOf(text) !== null;

/** A recipient with its list punctuation taken off. */
export const cleanRecipient = (text: string): string => squash(text).replace(/^[-–—•+*]\s*/u, '').replace(/[\s;.,]+$/u, '');

/** A line that could be part of a trích yếu by what it says (not a recipient, heading or item). */
function mayBeTitle(line: ZoneLine): boolean {
  const text = squash(line.text);
  return !isKinhGui(text) && !labelOf(text) && !bulletOf(text) && text.length <= 400;
}

/** A file's own title shorter than this tells too little to pick lines by. */
const MIN_TITLE_HINT = 12;

/**
 * The lines from `at` that complete the trích yếu `taken` so that it reads exactly as the
 * file's own title (dc:title) says, or none: the hint only decides which visible lines are the
 * title when their formatting does not tell; the title is always their text, never the hint's.
 */
function hintedTitleLines(lines: readonly ZoneLine[], at: number, taken: readonly ZoneLine[], hint: string): ZoneLine[] {
  const want = fold(hint);
  if (want.length < MIN_TITLE_HINT) return [];
  const out: ZoneLine[] = [];
  let text = taken.map((l) => l.text).join(' ');
  for (let i = at; i < lines.length && taken.length + out.length < MAX_TITLE_LINES; i++) {
    const line = lines[i];
    if (!line || isRuleOrBlank(line.text) || !mayBeTitle(line)) return [];
    text = `${text} ${line.text}`;
    const folded = fold(text);
    out.push(line);
    if (folded === want) return out;
    if (!want.startsWith(`${folded} `)) return [];
  }
  return [];
}

/**
 * Recognises the front of the document in `blocks`; `textWidth` in twips sets which side a line
 * is on; `titleHint` is the file's own title (docProps/core.xml), see hintedTitleLines.
 */
export function recogniseFront(blocks: readonly DocBlock[], textWidth: number, titleHint = ''): FrontFacts {
  const lines = zoneLines(blocks, 0, FRONT_BLOCKS, textWidth);
  let docTypeAt = lines.findIndex((l) => isDocType(l.text));
  let headerEnd = docTypeAt;
  if (docTypeAt < 0) {
    // No "BÁO CÁO": the header is what runs to its last recognisable line.
    let last = -1;
    lines.forEach((l, i) => {
      if (i < 40 && isHeaderLine(l.text)) last = i;
    });
    headerEnd = last + 1;
    // The rest of that block (a header table) belongs to the header too.
    const top = lines[last]?.top;
    while (top !== undefined && lines[headerEnd]?.top === top) headerEnd++;
  }
  const header = recogniseHeader(lines.slice(0, Math.max(0, headerEnd)));
  const docType = docTypeAt >= 0 ? (lines[docTypeAt] ?? null) : null;
  let at = docTypeAt >= 0 ? docTypeAt + 1 : headerEnd;
  if (docTypeAt < 0) docTypeAt = headerEnd - 1;

  const leftover: ZoneLine[] = [];
  const titleLines: ZoneLine[] = [];
  const looksLikeTitle = (line: ZoneLine): boolean => {
    if (!mayBeTitle(line)) return false;
    const p = line.para.props;
    return boldShare(line.pieces) >= 0.6 || (p.align === 'center' && squash(line.text).length < 250);
  };
  // Only worth a title when there is a header or a "BÁO CÁO" above it.
  const hasFront = docType !== null || header.quocHieu !== null || header.so !== null || header.date !== null;
  if (hasFront) {
    while (at < lines.length && titleLines.length === 0 && isRuleOrBlank(lines[at]?.text ?? '')) at++;
    while (at < lines.length && titleLines.length < MAX_TITLE_LINES) {
      const line = lines[at];
      if (!line || isRuleOrBlank(line.text) || !looksLikeTitle(line)) break;
      // The title ends with its paragraph group: a new paragraph that is body text stops it.
      titleLines.push(line);
      at++;
    }
    // Plain lines the formatting left out, where the file's own title says they belong to it.
    const hinted = hintedTitleLines(lines, at, titleLines, titleHint);
    titleLines.push(...hinted);
    at += hinted.length;
  }
  while (at < lines.length && isRuleOrBlank(lines[at]?.text ?? '') && (lines[at]?.inTable || lines[at]?.para.props.align === 'center' || squash(lines[at]?.text ?? '') === '')) at++;

  const kinhGui: string[] = [];
  const kinhGuiLines: ZoneLine[] = [];
  const first = lines[at];
  if (hasFront && first && isKinhGui(first.text)) {
    kinhGuiLines.push(first);
    const same = afterKinhGui(first.text);
    if (same && !isRuleOrBlank(same)) kinhGui.push(...same.split(/;\s*/u).map(cleanRecipient).filter(Boolean));
    at++;
    while (at < lines.length) {
      const line = lines[at];
      if (!line) break;
      const text = squash(line.text);
      const bullet = bulletOf(text) ?? (line.para.numbering?.bullet ? { marker: '-' as const, rest: text } : null);
      // Without dashes, only the cell beside the label (a "Kính gửi:" | list table) holds recipients.
      const besideLabel = line.inTable && line.top === first.top && line.row === first.row && line.cellColumn !== first.cellColumn;
      const inList = kinhGui.length === 0 || bullet !== null || besideLabel;
      if (!inList || text === '') break;
      // A recipient that wraps onto a second line continues the one above.
      const continued = bullet === null && kinhGui.length > 0 && !/[;.]$/u.test(kinhGuiLines[kinhGuiLines.length - 1]?.text.trim() ?? '');
      if (continued) kinhGui[kinhGui.length - 1] = cleanRecipient(`${kinhGui[kinhGui.length - 1]} ${text}`);
      else kinhGui.push(cleanRecipient(bullet ? bullet.rest : text));
      kinhGuiLines.push(line);
      at++;
    }
  }
  leftover.push(...header.leftover);

  if (!hasFront) return { header, docType, titleLines, kinhGui, kinhGuiLines, bodyStart: 0, leftover };
  // The body starts after the block of the last line used by the front.
  const used = [...kinhGuiLines, ...titleLines, ...(docType ? [docType] : [])];
  const lastTop = used.length > 0 ? Math.max(...used.map((l) => l.top)) : (lines[Math.max(0, headerEnd - 1)]?.top ?? -1);
  const headerTop = headerEnd > 0 ? (lines[headerEnd - 1]?.top ?? -1) : -1;
  return { header, docType, titleLines, kinhGui, kinhGuiLines, bodyStart: Math.max(lastTop, headerTop) + 1, leftover };
}
