/**
 * How the report editor writes its own content as HTML (for its clipboard), so that copying
 * inside the app and pasting keeps items, footnotes and table widths. Defined once: the editor's
 * node views write these names and the sanitiser reads them.
 */
export const OWN_MARKUP = {
  /** Class of a "-"/"+" item's paragraph; its marker is in `markerAttr`. */
  bulletClass: 'rt-bullet',
  markerAttr: 'data-marker',
  /** A footnote's mark; its runs, as JSON, are in this attribute. */
  footnoteAttr: 'data-rt-footnote',
  /** A cell's relative column widths, comma separated. */
  colwidthAttr: 'data-colwidth',
  /** A cell's alignment. */
  alignAttr: 'data-align',
  /** A table's caption. */
  captionAttr: 'data-caption',
} as const;
