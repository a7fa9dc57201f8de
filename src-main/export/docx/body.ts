/**
 * Plan content blocks → docx: headings, body paragraphs and bullets in the body style (only what
 * differs from the style is written), tables, and the gap a table needs when nothing above
 * carries it (two tables in a row would also merge into one in Word).
 */
import { Paragraph, type IParagraphOptions, type Table } from 'docx';
import type { BodyStyle, HeadingBlock, ParagraphPlacement, PlanBlock } from '../../shared/layout';
import type { BuildContext } from './context';
import { ALIGN, spacerParagraph } from './paragraph-kit';
import { inlineRuns, lineRuns, styleOf } from './runs';
import { contentTable } from './tables';

/** Paragraph style of the body text, defined in build-docx.ts (justified, first-line indent, 6 pt before). */
export const BODY_STYLE = 'NoiDung';

type Element = Paragraph | Table;

/** The options of a body paragraph that differ from the NoiDung style. */
function bodyOptions(body: BodyStyle, p: ParagraphPlacement): IParagraphOptions {
  const options: { -readonly [K in keyof IParagraphOptions]: IParagraphOptions[K] } = { style: BODY_STYLE };
  if (p.align !== body.align) options.alignment = ALIGN[p.align];
  if (p.indentLeft !== 0 || p.indentFirstLine !== body.firstLineIndent) options.indent = { left: p.indentLeft, firstLine: p.indentFirstLine };
  if (p.spaceBefore !== body.spaceBefore || p.spaceAfter !== 0) options.spacing = { before: p.spaceBefore, after: p.spaceAfter };
  if (p.keepWithNext) options.keepNext = true;
  return options;
}

function heading(ctx: BuildContext, block: HeadingBlock): Paragraph {
  return new Paragraph({
    ...bodyOptions(ctx.plan.body, block),
    ...(block.outlineLevel !== null ? { outlineLevel: block.outlineLevel } : {}),
    children: lineRuns(ctx, block.lines, styleOf(block.font), block.typed),
  });
}

/** The docx elements of a list of plan blocks. */
export function blockElements(ctx: BuildContext, blocks: readonly PlanBlock[]): Element[] {
  const { body } = ctx.plan;
  const out: Element[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(heading(ctx, block));
        break;
      case 'paragraph':
      case 'bullet':
        out.push(new Paragraph({ ...bodyOptions(body, block), children: inlineRuns(ctx, block.runs, styleOf(block.font)) }));
        break;
      case 'table':
        if (block.gapIsOwn && block.gapBefore > 0) out.push(spacerParagraph(block.gapBefore));
        out.push(...contentTable(ctx, block));
        break;
    }
  }
  return out;
}

