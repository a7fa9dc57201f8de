/** What every part of the builder shares during one export: layout, sizes, page geometry, counters. */
import type { Paragraph } from 'docx';
import { createSanitizer } from '../../shared/domain/sanitize-text';
import type { Layout } from '../../shared/domain/settings-schema';
import { sizesFor, type SizeSet } from './sizes';
import { mmToTwips } from './units';

/** A4 portrait in twips (NĐ30 Phụ lục I I.1–2). */
export const A4 = { width: 11906, height: 16838 } as const;

/** Header distance of the official NĐ30 files (10 mm), also used for the footer. */
export const HEADER_DISTANCE = mmToTwips(10);

export interface Geometry {
  pageWidth: number;
  pageHeight: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Width between the left and right margins. */
  textWidth: number;
}

export interface BuildContext {
  layout: Layout;
  sizes: SizeSet;
  geometry: Geometry;
  /** Sanitises text for XML (NFC, forbidden characters removed and counted). */
  clean(text: string): string;
  /** Registers a footnote body and returns the id its reference mark uses. */
  addFootnote(children: Paragraph[]): number;
  /** Forbidden characters removed so far. */
  readonly removedCharacters: number;
  /** Footnote bodies by id, for the Document options. */
  readonly footnotes: Record<string, { children: Paragraph[] }>;
}

/** Page geometry in twips for a layout. */
export function pageGeometry(layout: Layout): Geometry {
  const margins = {
    top: mmToTwips(layout.margins.top),
    bottom: mmToTwips(layout.margins.bottom),
    left: mmToTwips(layout.margins.left),
    right: mmToTwips(layout.margins.right),
  };
  return { pageWidth: A4.width, pageHeight: A4.height, margins, textWidth: A4.width - margins.left - margins.right };
}

/**
 * A fresh context for one export. `clean` strings (the cleaned draft's, see cleanDraft) are
 * known to be sanitised already and pass through clean() as they are.
 */
export function createContext(layout: Layout, clean: ReadonlySet<string> = new Set()): BuildContext {
  const sanitizer = createSanitizer();
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  let nextFootnote = 1;
  return {
    layout,
    sizes: sizesFor(layout.sizePreset),
    geometry: pageGeometry(layout),
    clean: (text) => (clean.has(text) ? text : sanitizer.clean(text)),
    addFootnote(children) {
      const id = nextFootnote++;
      footnotes[String(id)] = { children };
      return id;
    },
    get removedCharacters() {
      return sanitizer.removed;
    },
    footnotes,
  };
}
