/**
 * Section properties from the plan (docs/layout-rules.md §1, §12): A4 in the page's orientation,
 * its margins, a different first page whose header stays empty, and a default header holding a
 * centred PAGE field.
 */
import { AlignmentType, Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { PageGeometry, PageNumberRule } from '../../shared/layout';
import { TIGHT } from './paragraph-kit';
import { halfPoints } from './units';

/** Page size, margins and the first-page switch; `restartNumbering` starts the page count at 1. */
export function sectionProperties(page: PageGeometry, restartNumbering: boolean): NonNullable<ISectionOptions['properties']> {
  const landscape = page.orientation === 'landscape';
  return {
    titlePage: true,
    page: {
      // docx takes the portrait size and swaps it for a landscape section.
      size: {
        width: landscape ? page.height : page.width,
        height: landscape ? page.width : page.height,
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { ...page.margins, header: page.headerDistance, footer: page.headerDistance, gutter: 0 },
      ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  };
}

/** Headers of a section: the page number from page 2, nothing on the first page. */
export function pageHeaders(rule: PageNumberRule): NonNullable<ISectionOptions['headers']> {
  return {
    default: new Header({
      children: [
        new Paragraph({
          ...TIGHT,
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(rule.font.sizePt), bold: rule.font.bold, italics: rule.font.italic })],
        }),
      ],
    }),
    // An explicit empty first-page header: without it Word would show the default one on page 1.
    first: new Header({ children: [new Paragraph({ ...TIGHT, children: [] })] }),
  };
}

/** Footers: ô 13 on the first page when given, otherwise empty ones (so a section never inherits it). */
export function pageFooters(first: Footer | null): NonNullable<ISectionOptions['footers']> {
  return {
    default: new Footer({ children: [new Paragraph({ ...TIGHT, children: [] })] }),
    first: first ?? new Footer({ children: [new Paragraph({ ...TIGHT, children: [] })] }),
  };
}
