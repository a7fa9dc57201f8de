/**
 * Section properties (spec §1, §12): A4 portrait, the layout's margins, a different first page
 * whose header stays empty, and a default header holding a centred PAGE field at the body size.
 */
import { AlignmentType, Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { BuildContext } from './context';
import { HEADER_DISTANCE } from './context';
import { TIGHT } from './paragraph-kit';
import { halfPoints } from './units';

/** Page size, margins and the first-page switch; `restartNumbering` starts the page count at 1. */
export function sectionProperties(ctx: BuildContext, restartNumbering: boolean): NonNullable<ISectionOptions['properties']> {
  const { geometry } = ctx;
  return {
    titlePage: true,
    page: {
      size: { width: geometry.pageWidth, height: geometry.pageHeight, orientation: PageOrientation.PORTRAIT },
      margin: { ...geometry.margins, header: HEADER_DISTANCE, footer: HEADER_DISTANCE, gutter: 0 },
      ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  };
}

/** Headers of a section: the page number from page 2, nothing on the first page. */
export function pageHeaders(ctx: BuildContext): NonNullable<ISectionOptions['headers']> {
  return {
    default: new Header({
      children: [
        new Paragraph({
          ...TIGHT,
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(ctx.sizes.pageNumber) })],
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
