/** Optional marks of docs/layout-rules.md §14 as frames: urgency, secrecy, circulation and "DỰ THẢO". */
import type { Marks } from '../domain/draft-schema';
import {
  DRAFT_MARK_TEXT,
  FRAME_BORDER_PT,
  FRAME_HEIGHT,
  FRAME_MIN_MM,
  FRAME_PADDING,
  FRAME_TEXT_ROOM,
  MARK_GAP,
  STAMP_RED,
  TEXT_COLOR,
  TOP_MARK_GAP,
  URGENCY_TEXT_ROOM,
  URGENCY_WIDTH_MM,
} from './constants';
import { toCaps } from './caps';
import { font } from './lines';
import type { FramePlan } from './plan-types';
import type { SizeSet } from './sizes';
import { textWidthTwips } from './text-width';
import { mmToTwips } from './units';

/** Width of a frame that fits its text with room on each side, at least FRAME_MIN_MM wide. */
export function frameWidthFor(text: string, sizePt: number): number {
  return Math.max(mmToTwips(FRAME_MIN_MM), textWidthTwips(toCaps(text), sizePt, 'bold') + FRAME_TEXT_ROOM);
}

function frame(kind: FramePlan['kind'], text: string, sizes: SizeSet, color: string, width: number, spaceBefore: number, spaceAfter: number): FramePlan {
  return {
    kind,
    // The marks are fixed words already in capitals (schema values): nothing of the clerk's to keep.
    text: toCaps(text),
    font: font(sizes.mark, true),
    color,
    width: Math.round(width),
    height: FRAME_HEIGHT,
    padding: FRAME_PADDING,
    borderPt: FRAME_BORDER_PT,
    spaceBefore,
    spaceAfter,
  };
}

/** The secrecy stamp over the urgency stamp (ô 10a over 10b), under "Số", in red. */
export function stampFrames(marks: Marks, sizes: SizeSet): FramePlan[] {
  const out: FramePlan[] = [];
  if (marks.secrecy) {
    out.push(frame('secrecy', marks.secrecy, sizes, STAMP_RED, frameWidthFor(marks.secrecy, sizes.mark), MARK_GAP, 0));
  }
  if (marks.urgency) {
    // NĐ30's own frame size, unless the text would not fit inside it.
    const fit = textWidthTwips(marks.urgency, sizes.mark, 'bold') + URGENCY_TEXT_ROOM;
    const width = Math.max(mmToTwips(URGENCY_WIDTH_MM[marks.urgency]), fit);
    out.push(frame('urgency', marks.urgency, sizes, STAMP_RED, width, MARK_GAP, 0));
  }
  const last = out[out.length - 1];
  if (last) last.spaceAfter = MARK_GAP;
  return out;
}

/** The circulation frame (ô 11) above the quốc hiệu; empty when not set. */
export function circulationFrames(marks: Marks, sizes: SizeSet): FramePlan[] {
  if (!marks.circulation) return [];
  return [frame('circulation', marks.circulation, sizes, TEXT_COLOR, frameWidthFor(marks.circulation, sizes.mark), 0, TOP_MARK_GAP)];
}

/** The "DỰ THẢO" frame at the top left of page 1; empty unless marks.draftMark. */
export function draftFrames(marks: Marks, sizes: SizeSet): FramePlan[] {
  if (!marks.draftMark) return [];
  return [frame('draft', DRAFT_MARK_TEXT, sizes, TEXT_COLOR, frameWidthFor(DRAFT_MARK_TEXT, sizes.mark), 0, TOP_MARK_GAP)];
}
