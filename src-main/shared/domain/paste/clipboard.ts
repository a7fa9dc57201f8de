/**
 * What the clipboard holds, as blocks ready for a field: its HTML when that has content, its
 * plain text otherwise. Text in a legacy Vietnamese encoding is converted to Unicode at once —
 * set in a TCVN3/VNI font (sure), or recognised by its words (detectLegacyEncoding) — and the
 * unconverted blocks are returned too, so the clerk can keep the text as it came.
 */
import type { Block, Inline } from '../draft-schema';
import { normalizeBlock } from '../editor-doc/normalize';
import { convertLegacyText, detectLegacyEncoding, type LegacyEncoding } from '../legacy-text';
import type { DomLikeNode } from './dom-like';
import { htmlToBlocks } from './html-to-blocks';
import { parseHtml } from './parse-html';
import { textToBlocks } from './plain-text';

/** The clipboard's flavours: HTML as a string or already parsed, and plain text. */
export interface ClipboardContent {
  html?: string | DomLikeNode | null;
  text?: string | null;
}

/** A conversion from a legacy encoding made while pasting. */
export interface LegacyConversion {
  encoding: LegacyEncoding;
  /** 'font': the text was set in a TCVN3/VNI font; 'detection': its words gave it away. */
  by: 'font' | 'detection';
}

/** Pasted content as blocks. */
export interface PastedContent {
  blocks: Block[];
  legacy: LegacyConversion | null;
  /** With a legacy conversion: the blocks as they came, unconverted. */
  unconverted: Block[] | null;
}

function mapInline(content: readonly Inline[], f: (text: string) => string): Inline[] {
  return content.map((run) =>
    run.type === 'text' ? { ...run, text: f(run.text) } : { ...run, content: run.content.map((r) => ({ ...r, text: f(r.text) })) },
  );
}

/** Blocks with every text passed through `f`. */
export function mapBlockText(blocks: readonly Block[], f: (text: string) => string): Block[] {
  return blocks.map((block): Block => {
    if (block.type !== 'table') return { ...block, content: mapInline(block.content, f) };
    return { ...block, rows: block.rows.map((row) => ({ cells: row.cells.map((cell) => ({ ...cell, paragraphs: cell.paragraphs.map((p) => mapInline(p, f)) })) })) };
  });
}

const canonical = (blocks: readonly Block[]) => blocks.map(normalizeBlock);

function fromHtml(html: DomLikeNode): PastedContent | null {
  const plain = htmlToBlocks(html);
  if (plain.blocks.length === 0) return null;
  if (plain.legacyFont) {
    const converted = htmlToBlocks(html, (text, font) => (font ? convertLegacyText(text, font.encoding, { capsFont: font.capsFont }) : text));
    return { blocks: canonical(converted.blocks), legacy: { encoding: plain.legacyFont, by: 'font' }, unconverted: canonical(plain.blocks) };
  }
  const { encoding } = detectLegacyEncoding(plain.text);
  if (encoding === null) return { blocks: canonical(plain.blocks), legacy: null, unconverted: null };
  const converted = htmlToBlocks(html, (text) => convertLegacyText(text, encoding));
  return { blocks: canonical(converted.blocks), legacy: { encoding, by: 'detection' }, unconverted: canonical(plain.blocks) };
}

function fromText(text: string): PastedContent {
  const blocks = textToBlocks(text);
  const { encoding } = detectLegacyEncoding(text);
  if (encoding === null) return { blocks: canonical(blocks), legacy: null, unconverted: null };
  return {
    blocks: canonical(mapBlockText(blocks, (t) => convertLegacyText(t, encoding))),
    legacy: { encoding, by: 'detection' },
    unconverted: canonical(blocks),
  };
}

/** The blocks of what was pasted (see the module comment); no blocks when it holds no text. */
export function clipboardToBlocks(content: ClipboardContent): PastedContent {
  const tree = typeof content.html === 'string' ? (content.html ? parseHtml(content.html) : null) : (content.html ?? null);
  const html = tree ? fromHtml(tree) : null;
  if (html) return html;
  return fromText(content.text ?? '');
}
