/**
 * Paragraphs and "-"/"+" items end with a punctuation mark: "." for a paragraph (":" when it
 * leads into the items below it), ";" for an item and "." for the last one (practice; NĐ30 shows
 * it for căn cứ lines and Nơi nhận). Headings are left alone, and so are paragraphs set wholly in
 * bold, which clerks use as headings. The paragraph that will carry "./." is left alone too: the
 * closing, or, with no closing, the last paragraph of the content (the page adds the mark there).
 */
import type { Block, Inline } from '../draft-schema';
import { inlineText } from '../inline-text';
import { updateAt } from './draft-edit';
import type { BlockItem, CheckFamily, Finding, Report } from './types';
import { blockPrints, hasVisibleText } from './visible';

type TextBlock = Extract<Block, { type: 'paragraph' | 'bullet' }>;

/** Closing quotes and brackets after which the punctuation is looked for. */
const CLOSERS = /[\s"'”’»)\]]+$/u;
const END_PUNCTUATION = /[.;:!?…]$/u;

/** Whether the text ends with a punctuation mark (before closing quotes or brackets). */
export function endsWithPunctuation(text: string): boolean {
  const trimmed = text.trimEnd();
  return END_PUNCTUATION.test(trimmed) || END_PUNCTUATION.test(trimmed.replace(CLOSERS, ''));
}

/** A paragraph set wholly in bold reads as a heading. */
const allBold = (content: readonly Inline[]): boolean =>
  content.every((run) => run.type !== 'text' || run.text.trim() === '' || run.bold === true);

/** `content` with `mark` after its last visible character (before trailing footnote marks). */
function withMark(content: readonly Inline[], mark: string): Inline[] {
  const i = content.findLastIndex((run) => run.type === 'text' && run.text.trim() !== '');
  const run = content[i];
  if (run?.type !== 'text') return [...content];
  const out = [...content];
  out[i] = { ...run, text: `${run.text.trimEnd()}${mark}` };
  return out;
}

function markFor(block: TextBlock, next: Block | undefined): string {
  if (next?.type === 'bullet') return block.type === 'bullet' ? ';' : ':';
  return '.';
}

const tail = (text: string): string => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 40 ? `“…${flat.slice(-39).trimStart()}”` : `“${flat}”`;
};

function finding(item: BlockItem, block: TextBlock): Finding {
  const mark = markFor(block, item.next);
  const text = inlineText(block.content);
  const message =
    block.type === 'bullet'
      ? `${item.where} chưa có dấu câu ở cuối: ${tail(text)}. Mỗi ý “${block.marker}” thường kết thúc bằng dấu “;”, ý cuối cùng bằng dấu “.”.`
      : `${item.where} chưa có dấu câu ở cuối: ${tail(text)}. Hãy kết thúc đoạn bằng dấu chấm, hoặc dấu hai chấm khi đoạn dẫn vào các ý bên dưới.`;
  return {
    id: block.type === 'bullet' ? 'punctuation.bulletEnd' : 'punctuation.paragraphEnd',
    severity: 'warning',
    field: item.field,
    message,
    fix: {
      label: `Thêm dấu “${mark}”`,
      apply: (draft) =>
        updateAt(draft, item.field, (value) => {
          const now = value as Block | undefined;
          // Only the block as it was checked: a later edit or a shifted list leaves the draft alone.
          if (now?.type !== block.type || inlineText(now.content) !== text) return value;
          return { ...now, content: withMark(now.content, mark) };
        }),
    },
  };
}

/** Final punctuation of body paragraphs and items. */
export const finalPunctuation: CheckFamily = {
  family: 'punctuation',
  create: () => {
    // The latest unpunctuated paragraph waits until we know it is not the one that gets "./.".
    let pending: Finding | null = null;
    const flush = (report: Report) => {
      if (pending) report(pending);
      pending = null;
    };
    return {
      block(item, report) {
        const { block } = item;
        if (!blockPrints(block)) return;
        flush(report);
        if (block.type === 'table' || allBold(block.content)) return;
        const text = inlineText(block.content);
        if (text.trim() !== '' && !endsWithPunctuation(text)) pending = finding(item, block);
      },
      section(item, report) {
        if (item.section.title.trim()) flush(report);
      },
      end(scope, draft, report) {
        if (scope.kind === 'main' && hasVisibleText(draft.closing)) flush(report);
        pending = null;
      },
    };
  },
};
