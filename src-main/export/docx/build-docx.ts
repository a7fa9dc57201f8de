/**
 * Entry of the pure DOCX builder: a draft and a layout in, a `docx` Document out. Every layout
 * decision comes from the page plan (shared/layout, docs/layout-rules.md); this folder maps it to
 * WordprocessingML. No I/O here; write-docx.ts packs and saves.
 */
import { AlignmentType, Document, LineRuleType } from 'docx';
import type { Draft } from '../../shared/domain/draft-schema';
import type { Layout } from '../../shared/domain/settings-schema';
import { FONT_FAMILY, planPages, TEXT_COLOR, type PagePlan } from '../../shared/layout';
import { appendixSections } from './appendices';
import { BODY_STYLE, blockElements } from './body';
import { createContext } from './context';
import { headerBlock } from './header-block';
import { addressFooter } from './marks';
import { pageFooters, pageHeaders, sectionProperties } from './page';
import { ALIGN, sectionEndParagraph } from './paragraph-kit';
import { signatureBlock } from './signature-block';
import { TABLE_HEADER_STYLE, TABLE_STYLE } from './tables';
import { titleBlock } from './title-block';
import { halfPoints } from './units';

export const FONT = FONT_FAMILY;
/** Font in all four slots, so Vietnamese letters never fall back to a theme or East Asian font. */
export const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;
export const LANGUAGE = 'vi-VN';

export interface BuiltDocx {
  document: Document;
  /** Characters XML forbids that were removed from the draft's text. */
  removedCharacters: number;
  /** The page plan the document was built from. */
  plan: PagePlan;
}

/** Single line spacing in WordprocessingML's "auto" unit (240 = one line). */
const SINGLE = 240;

function styles(plan: PagePlan) {
  const { body, sizes } = plan;
  const single = { before: 0, after: 0, line: SINGLE, lineRule: LineRuleType.AUTO };
  return {
    default: {
      document: {
        run: { font: FONT_SLOTS, size: halfPoints(body.font.sizePt), color: TEXT_COLOR, language: { value: LANGUAGE, eastAsia: LANGUAGE } },
        paragraph: { spacing: single },
      },
      footnoteText: {
        run: { size: halfPoints(body.footnoteSizePt) },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: single },
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
          alignment: ALIGN[body.align],
          indent: { firstLine: body.firstLineIndent },
          spacing: { before: body.spaceBefore, after: 0, line: Math.round(SINGLE * body.lineSpacing), lineRule: LineRuleType.AUTO },
        },
        run: { size: halfPoints(body.font.sizePt) },
      },
      {
        id: TABLE_STYLE,
        name: 'Chữ trong bảng',
        basedOn: 'Normal',
        next: TABLE_STYLE,
        paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0, left: 0, right: 0 }, spacing: single },
        run: { size: halfPoints(sizes.table) },
      },
      {
        id: TABLE_HEADER_STYLE,
        name: 'Tiêu đề bảng',
        basedOn: TABLE_STYLE,
        next: TABLE_STYLE,
        paragraph: { alignment: AlignmentType.CENTER },
        run: { bold: true },
      },
    ],
  };
}

/** Builds the Báo cáo as a `docx` Document; also returns how many forbidden characters were removed. */
export function buildDocx(draft: Draft, layout: Layout): BuiltDocx {
  const plan = planPages(draft, layout);
  const ctx = createContext(plan);
  const main = {
    properties: sectionProperties(plan.page, true),
    headers: pageHeaders(plan.pageNumbers),
    footers: pageFooters(addressFooter(ctx, plan.addressLine)),
    children: [
      headerBlock(ctx, plan.header),
      ...titleBlock(ctx, plan.title, plan.kinhGui),
      ...blockElements(ctx, plan.content),
      signatureBlock(ctx, plan.signature),
      // A section must end with a paragraph; this one takes no room (see sectionEndParagraph).
      sectionEndParagraph(),
    ],
  };
  const document = new Document({
    // docProps/core.xml: the trích yếu as the title, the issuing agency as author (the PDF's
    // Info says the same); nothing is written where the draft leaves one blank.
    title: plan.documentTitle,
    creator: plan.documentAuthor,
    lastModifiedBy: plan.documentAuthor,
    styles: styles(plan),
    // Justified lines that end in a manual line break are not stretched (Word's default would be).
    compatibility: { doNotExpandShiftReturn: true },
    footnotes: ctx.footnotes,
    sections: [main, ...appendixSections(ctx)],
  });
  return { document, removedCharacters: plan.removedCharacters, plan };
}
