/**
 * # shared/layout: the NĐ30 page plan
 *
 * One pure function, `planPages(draft, layout)`, makes every layout decision of a Báo cáo
 * (docs/layout-rules.md) and returns a {@link PagePlan}: plain data that the DOCX builder
 * (`src-main/export/docx/`) and the HTML preview/print layout both render. Neither output types a
 * layout string or number of its own; what they add is only their format's mechanics (XML,
 * numbering ids, section properties, CSS).
 *
 * Units: lengths are twips (1/20 pt; `units.ts` converts), font sizes are points (`…Pt`).
 * Strings are final: capitals applied (the clerk's letters kept beside them in `typed`, caps.ts), numbers formatted ("Số:      /BC-STTTT" with
 * non-breaking-space blanks), balanced line breaks chosen (`lines: string[]`), list punctuation
 * added, the "./." end mark placed once.
 *
 * What the plan holds, top to bottom:
 * - `page`, `pageNumbers`, `body`: A4 geometry with the layout's margins, the page-number rule
 *   (top centre, from page 2, restarting in each appendix) and the body paragraph rhythm;
 * - `header`: the two-column header table (widths from measured text widths), agency lines and
 *   their rule, quốc hiệu, tiêu ngữ and its rule, the "Số" and date row, the framed marks;
 * - `title`, `kinhGui`: "BÁO CÁO", the balanced trích yếu and its rule; Kính gửi single or list;
 * - `content`: a flat list of {@link PlanBlock}s — headings (level, number, printed title,
 *   style), paragraphs and bullets (final runs, footnotes numbered in reading order), tables
 *   (column widths, header rows, row/column spans with vMerge placeholders);
 * - `signature`: columns, "Nơi nhận:" and its lines (Lưu last), authority lines, own title,
 *   the signature gap and the name;
 * - `addressLine` (ô 13) and `appendices` (label, balanced title, "(Kèm theo …)" line, rule,
 *   orientation with its own page geometry, blocks).
 *
 * The draft's text is cleaned first (NFC, characters XML forbids removed); `removedCharacters`
 * says how many went, so the export can tell the clerk.
 *
 * `fixedLines(plan)` lists the labelled fixed lines (quốc hiệu … signer name) that every output
 * must print identically; tests of each output compare what they printed against it.
 */
export type * from './plan-types';
export type { SizeSet } from './sizes';
export { sizesFor } from './sizes';
export { planPages } from './plan-pages';
export { fixedLines } from './fixed-lines';
export { mmToTwips, cmToTwips, ptToTwips, twipsToPt } from './units';
export { textWidthTwips, wrapText, balanceLines, longestLineTwips, type FontFace } from './text-width';
export { FONT_FAMILY, TEXT_COLOR } from './constants';
export { capsStretch, toCaps } from './caps';
