/**
 * Entry of the pure DOCX builder: a draft and a layout in, a `docx` Document out, laid out per
 * Nghị định 30/2020/NĐ-CP (shared/spec/nd30-layout.md). No I/O here; write-docx.ts packs and saves.
 */
import { AlignmentType, Document, LineRuleType } from 'docx';
import type { Draft } from '../../shared/domain/draft-schema';
import type { Layout } from '../../shared/domain/settings-schema';
import { appendixSections } from './appendices';
import { BODY_STYLE, mainBody } from './body';
import { cleanDraft } from './clean-draft';
import { createContext, type BuildContext } from './context';
import { headerBlock } from './header-block';
import { addressFooter } from './marks';
import { pageFooters, pageHeaders, sectionProperties } from './page';
import { spacerParagraph } from './paragraph-kit';
import { signatureBlock } from './signature-block';
import { TABLE_STYLE } from './tables';
import { titleBlock } from './title-block';
import { cmToTwips, halfPoints, ptToTwips } from './units';

export const FONT = 'Times New Roman';
/** Font in all four slots, so Vietnamese letters never fall back to a theme or East Asian font. */
export const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;
export const LANGUAGE = 'vi-VN';

export interface BuiltDocx {
  document: Document;
  /** Characters XML forbids that were removed from the draft's text. */
  removedCharacters: number;
}

function styles(ctx: BuildContext) {
  const { layout, sizes } = ctx;
  return {
    default: {
      document: {
        run: {
          font: FONT_SLOTS,
          size: halfPoints(sizes.body),
          color: '000000',
          language: { value: LANGUAGE, eastAsia: LANGUAGE },
        },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      footnoteText: {
        run: { size: halfPoints(sizes.footnote) },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: BODY_STYLE,
        name: 'Nội dung báo cáo',
        basedOn: 'Normal',
        next: BODY_STYLE,
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: cmToTwips(layout.firstLineIndentCm) },
          spacing: {
            before: ptToTwips(layout.paragraphSpacingPt),
            after: 0,
            line: Math.round(240 * layout.lineSpacing),
            lineRule: LineRuleType.AUTO,
          },
        },
        run: { size: halfPoints(sizes.body) },
      },
      {
        id: TABLE_STYLE,
        name: 'Chữ trong bảng',
        basedOn: 'Normal',
        next: TABLE_STYLE,
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: { firstLine: 0, left: 0, right: 0 },
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
        run: { size: halfPoints(sizes.table) },
      },
    ],
  };
}

/** Builds the Báo cáo as a `docx` Document; also returns how many forbidden characters were removed. */
export function buildDocx(source: Draft, layout: Layout): BuiltDocx {
  const { draft, removed, clean } = cleanDraft(source);
  const ctx = createContext(layout, clean);
  const main = {
    properties: sectionProperties(ctx, true),
    headers: pageHeaders(ctx),
    footers: pageFooters(addressFooter(ctx, draft.marks)),
    children: [
      headerBlock(ctx, draft),
      ...titleBlock(ctx, draft),
      ...mainBody(ctx, draft),
      signatureBlock(ctx, draft),
      // A hairline paragraph after the table: it carries the section break before an appendix
      // (docx would add a full-height empty line) and gives Word the paragraph it wants last.
      spacerParagraph(),
    ],
  };
  const appendices = appendixSections(ctx, draft);
  const document = new Document({
    creator: 'Soạn Báo Cáo',
    title: draft.title.replace(/\s+/gu, ' ').trim(),
    styles: styles(ctx),
    // Justified lines that end in a manual line break are not stretched (Word's default would be).
    compatibility: { doNotExpandShiftReturn: true },
    footnotes: ctx.footnotes,
    sections: [main, ...appendices],
  });
  return { document, removedCharacters: removed + ctx.removedCharacters };
}
