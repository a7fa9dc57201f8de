/**
 * Pasted plain text to blocks. A range copied from Excel (tab-separated rows, quoted cells that
 * hold line breaks or tabs) becomes a table; other text becomes paragraphs, lines that start
 * with "-", "+" or a bullet glyph become items, and the hard line breaks of text copied from a
 * PDF (a line that does not end a sentence, followed by one in lower case) are joined.
 */
import type { Block, Inline, TableBlock } from '../draft-schema';
import { LIST_LIMITS } from '../limits';

/** Rows of tab-separated text with Excel's quoting; null when the text is not such a grid. */
export function parseTsv(text: string): string[][] | null {
  if (!text.includes('\t')) return null;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  let cellStart = true;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cellStart) {
      quoted = true;
      cellStart = false;
      i++;
      continue;
    }
    cellStart = false;
    if (c === '\t') {
      row.push(cell);
      cell = '';
      cellStart = true;
    } else if (c === '\n' || c === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStart = true;
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const width = rows[0]?.length ?? 0;
  if (width < 2 || width > LIST_LIMITS.columns.max || rows.length > LIST_LIMITS.rows.max) return null;
  if (!rows.every((r) => r.length === width)) return null;
  // One line with tabs is a table only when it ends like a copied range does, with a line break.
  if (rows.length === 1 && !/[\r\n]$/.test(text)) return null;
  return rows;
}

function tsvTable(rows: string[][]): TableBlock {
  const width = rows[0]?.length ?? 1;
  return {
    type: 'table',
    columnWidths: Array.from({ length: width }, () => 1),
    headerRows: 0,
    rows: rows.map((cells) => ({
      cells: cells.map((cell) => ({
        paragraphs: cell.split(/\r\n?|\n/).map((line): Inline[] => (line.trim() ? [{ type: 'text', text: line.trim() }] : [])),
      })),
    })),
  };
}

const ITEM = /^\s*([-–•+◦▪·*])\s+(.*)$/u;
const SENTENCE_END = /[.:;!?…)"”»]\s*$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;

/** Lines to paragraphs and items. */
function linesToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let last: { block: Block & { content: Inline[] }; text: string } | null = null;
  for (const rawLine of text.split(/\r\n?|\n/)) {
    const line = rawLine.replace(/\s+$/u, '');
    if (line.trim() === '') {
      last = null;
      continue;
    }
    const item = ITEM.exec(line);
    if (!item && last && !SENTENCE_END.test(last.text) && STARTS_LOWER.test(line)) {
      last.text = `${last.text} ${line.trim()}`;
      last.block.content = [{ type: 'text', text: last.text }];
      continue;
    }
    const body = item ? (item[2] ?? '') : line.trim();
    const marker = item?.[1] === '+' || item?.[1] === '◦' ? '+' : '-';
    const block: Block & { content: Inline[] } = item
      ? { type: 'bullet', marker, content: [{ type: 'text', text: body }] }
      : { type: 'paragraph', content: [{ type: 'text', text: body }] };
    blocks.push(block);
    last = { block, text: body };
  }
  return blocks;
}

/** The blocks of pasted plain text. */
export function textToBlocks(text: string): Block[] {
  const rows = parseTsv(text);
  return rows ? [tsvTable(rows)] : linesToBlocks(text);
}
