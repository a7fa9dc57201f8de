/** Blocks ↔ the editor's ProseMirror document, the canonical form of content, and what fields allow. */
export { blocksToDoc, blockToNode, docToBlocks, docToInlines, inlinesToDoc, nodeToBlocks } from './blocks-doc';
export { footnoteRunsOf, inlinesToPm, pmToInlines, textOf } from './inline-doc';
export {
  cleanText,
  completeWidths,
  isEmptyParagraph,
  joinInlines,
  normalizeBlock,
  normalizeBlocks,
  normalizeInlines,
  normalizeTable,
  normalizeTextRuns,
} from './normalize';
export { pmToTable, tableToPm } from './table-doc';
export { tableGrid, type TableGrid } from './table-grid';
export { apportion, MIN_WIDTH, resizeColumn, toPercents, WIDTH_STEP } from './table-widths';
export { ALLOW_ALL, blocksToInlines, countFootnotes, countInlineFootnotes, restrictBlocks, type RichTextAllow } from './allow';
export * from './pm-json';
