/**
 * Collects pasted content into blocks the way a browser lays HTML out: whitespace collapses,
 * every block element starts a new paragraph, empty paragraphs vanish, a trailing line break
 * shows nothing. Text passes through `convert` (legacy fonts) as it arrives.
 */
import type { Block, BulletBlock, Inline, ParagraphBlock, TableBlock, TextRun } from '../draft-schema';
import type { LegacyEncoding } from '../legacy-text';
import type { LegacyFont } from './css';

/** The formatting in effect where text sits. */
export interface Flags {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** Turns pasted text to Unicode: given the legacy font it was set in, if any. */
export type Converter = (text: string, font: LegacyFont | null) => string;

/** What a paste has seen so far: all its text, and the first legacy font its text was set in. */
export interface PasteSeen {
  text: string;
  legacyFont: LegacyEncoding | null;
}

/** What the next paragraph will be, until its first text arrives. */
interface NextBlock {
  kind: 'paragraph' | 'bullet';
  marker: '-' | '+';
  /** A list label written before the text ("1. ", "a) "). */
  prefix: string;
}

function run(text: string, flags: Flags): TextRun {
  const out: TextRun = { type: 'text', text };
  if (flags.bold) out.bold = true;
  if (flags.italic) out.italic = true;
  if (flags.underline) out.underline = true;
  return out;
}

/** Builds the blocks of one container: the pasted fragment, or one table cell. */
export class BlockBuilder {
  readonly blocks: Block[] = [];
  private open: ParagraphBlock | BulletBlock | null = null;
  private next: NextBlock = { kind: 'paragraph', marker: '-', prefix: '' };
  private breaks: Flags[] = [];
  private afterSpace = true;

  constructor(
    private readonly convert: Converter,
    /** Collects every text seen, so the whole paste can be tested for a legacy encoding. */
    private readonly seen: PasteSeen,
  ) {}

  /** Ends the current paragraph; the next text starts a paragraph or item of this kind. */
  startBlock(kind: 'paragraph' | 'bullet' = 'paragraph', marker: '-' | '+' = '-', prefix = ''): void {
    this.endBlock();
    this.next = { kind, marker, prefix };
  }

  /** Changes what the paragraph about to start will be (a Word list label arrives after its paragraph opened). */
  reshapeNext(kind: 'paragraph' | 'bullet', marker: '-' | '+', prefix: string): void {
    if (this.open === null) this.next = { kind, marker, prefix };
  }

  /** Ends the current paragraph, dropping it when it holds nothing visible. */
  endBlock(): void {
    const block = this.open;
    this.open = null;
    this.breaks = [];
    this.afterSpace = true;
    this.next = { kind: 'paragraph', marker: '-', prefix: '' };
    if (!block) return;
    const last = block.content[block.content.length - 1];
    if (last?.type === 'text') last.text = last.text.replace(/ +$/, '');
    const visible = block.content.some((r) => r.type === 'footnote' || r.text.trim() !== '');
    if (visible) this.blocks.push(block);
  }

  private ensureOpen(flags: Flags): ParagraphBlock | BulletBlock {
    if (this.open) return this.open;
    const { kind, marker, prefix } = this.next;
    const content: Inline[] = prefix ? [run(prefix, flags)] : [];
    this.open = kind === 'bullet' ? { type: 'bullet', marker, content } : { type: 'paragraph', content };
    return this.open;
  }

  private push(inline: Inline, flags: Flags): void {
    const block = this.ensureOpen(flags);
    for (const breakFlags of this.breaks) block.content.push(run('\n', breakFlags));
    this.breaks = [];
    block.content.push(inline);
  }

  /** Text as it sits in the markup: whitespace collapses unless `pre`. */
  text(raw: string, flags: Flags, font: LegacyFont | null, pre = false): void {
    let text = raw.replace(/\u00a0/g, ' ');
    if (!pre) {
      text = text.replace(/[ \t\n\r\f]+/g, ' ');
      // A space at the start of a line shows nothing (a list label brings its own).
      const lineStart = this.open === null || this.breaks.length > 0 || this.afterSpace;
      if (lineStart) text = text.replace(/^ /, '');
      if (text === '') return;
      this.afterSpace = text.endsWith(' ');
    } else if (text === '') return;
    this.seen.text += `${text} `;
    if (font) this.seen.legacyFont ??= font.encoding;
    if (pre && text.includes('\n')) {
      text.split(/\r\n?|\n/).forEach((line, i) => {
        if (i > 0) this.lineBreak(flags);
        if (line) this.push(run(this.convert(line, font), flags), flags);
      });
      return;
    }
    this.push(run(this.convert(text, font), flags), flags);
  }

  /** A `<br>`: a line break, unless nothing follows it in the paragraph. */
  lineBreak(flags: Flags): void {
    this.ensureOpen(flags);
    this.breaks.push(flags);
    this.afterSpace = true;
  }

  /** A footnote at this point of the text. */
  footnote(content: TextRun[], flags: Flags): void {
    if (content.length === 0) return;
    this.push({ type: 'footnote', content }, flags);
    this.afterSpace = false;
  }

  /** A table between paragraphs. */
  table(table: TableBlock): void {
    this.endBlock();
    this.blocks.push(table);
  }

  /** The blocks, once everything was added. */
  finish(): Block[] {
    this.endBlock();
    return this.blocks;
  }
}
