/**
 * The front of a report: the header lines above "BÁO CÁO", the tên loại itself, the trích yếu
 * (bold or centred lines right below it, in one paragraph with breaks or several, or in a
 * one-cell table), and Kính gửi with one or several recipients. Where the body starts follows.
 */
import type { DocBlock } from './doc-model';
import { recogniseHeader, type HeaderFacts } from './header';
import { afterKinhGui, bulletOf, dateLineOf, isDocType, isKinhGui, isQuocHieu, labelOf, soKyHieuOf, tieuNguOf } from './patterns';
import { boldShare, isRuleOrBlank, squash } from './text';
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

/** Recognises the front of the document in `blocks`; `textWidth` in twips sets which side a line is on. */
export function recogniseFront(blocks: readonly DocBlock[], textWidth: number): FrontFacts {
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
    const text = squash(line.text);
    if (isKinhGui(text) || labelOf(text) || bulletOf(text) || text.length > 400) return false;
    const p = line.para.props;
    return boldShare(line.pieces) >= 0.6 || (p.align === 'center' && text.length < 250);
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
