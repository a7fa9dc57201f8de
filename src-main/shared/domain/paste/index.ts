/** Pasted HTML and text to clean blocks (see clipboard.ts); the editor's own clipboard markup. */
export { clipboardToBlocks, mapBlockText, type ClipboardContent, type LegacyConversion, type PastedContent } from './clipboard';
export { htmlToBlocks, type HtmlReading } from './html-to-blocks';
export { parseTsv, textToBlocks } from './plain-text';
export { OWN_MARKUP } from './own-markup';
export { parseHtml } from './parse-html';
export type { DomLikeNode } from './dom-like';
