/**
 * Tables of the body and of headers: the grid, header rows, column spans and vertical merges of
 * each cell, whether any border prints (a layout table of the header or signature has none), and
 * the blocks of each cell, nested tables included.
 */
import type { DocBlock, DocCell, DocRow, DocTable } from '../../shared/import/doc-model';
import { walkBlocks, type WalkContext } from './walk';
import { child, childrenNamed, descendants, elements, type XElement } from './xml-tree';

const visible = (border: XElement | undefined): boolean => border !== undefined && !['none', 'nil'].includes(border.attrs['w:val'] ?? 'none');

function bordered(tbl: XElement): boolean {
  const tblPr = child(tbl, 'w:tblPr');
  const borders = child(tblPr, 'w:tblBorders');
  if (borders && elements(borders).some((b) => visible(b))) return true;
  if (descendants(tbl, 'w:tcBorders').some((b) => elements(b).some((side) => visible(side)))) return true;
  // A table style (Table Grid …) draws borders unless the table switches them off itself.
  const style = child(tblPr, 'w:tblStyle')?.attrs['w:val'] ?? '';
  return !borders && style !== '' && !/^(TableNormal|NormalTable|a1|LiBang)$/iu.test(style);
}

/** Rows of a table, with w:sdt rows unwrapped. */
function rowsOf(tbl: XElement): XElement[] {
  const out: XElement[] = [];
  for (const item of elements(tbl)) {
    if (item.name === 'w:tr') out.push(item);
    else if (item.name === 'w:sdt' || item.name === 'w:customXml') {
      const content = child(item, 'w:sdtContent') ?? item;
      out.push(...childrenNamed(content, 'w:tr'));
    }
  }
  return out;
}

function cellsOf(tr: XElement): XElement[] {
  const out: XElement[] = [];
  for (const item of elements(tr)) {
    if (item.name === 'w:tc') out.push(item);
    else if (item.name === 'w:sdt' || item.name === 'w:customXml') out.push(...childrenNamed(child(item, 'w:sdtContent') ?? item, 'w:tc'));
  }
  return out;
}

/** One table; cells hold blocks (a nested table stays a table inside the cell). */
export function walkTable(tbl: XElement, ctx: WalkContext, depth = 0): DocTable {
  const grid = childrenNamed(child(tbl, 'w:tblGrid') ?? tbl, 'w:gridCol').map((col) => Math.max(0, Number.parseInt(col.attrs['w:w'] ?? '0', 10) || 0));
  const rows: DocRow[] = rowsOf(tbl).map((tr) => {
    const trPr = child(tr, 'w:trPr');
    const header = child(trPr, 'w:tblHeader') !== undefined && child(trPr, 'w:tblHeader')?.attrs['w:val'] !== '0' && child(trPr, 'w:tblHeader')?.attrs['w:val'] !== 'false';
    const cells: DocCell[] = cellsOf(tr).map((tc) => {
      const tcPr = child(tc, 'w:tcPr');
      const vMergeEl = child(tcPr, 'w:vMerge');
      const vMerge = vMergeEl ? (vMergeEl.attrs['w:val'] === 'restart' ? 'restart' : 'continue') : null;
      const tcW = child(tcPr, 'w:tcW');
      const width = tcW && (tcW.attrs['w:type'] ?? 'dxa') === 'dxa' ? Number.parseInt(tcW.attrs['w:w'] ?? '0', 10) || 0 : 0;
      const blocks: DocBlock[] = [];
      walkBlocks(tc, ctx, blocks, depth + 1);
      return { blocks, span: Math.max(1, Number.parseInt(child(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? '1', 10) || 1), vMerge, width };
    });
    const before = Math.max(0, Number.parseInt(child(trPr, 'w:gridBefore')?.attrs['w:val'] ?? '0', 10) || 0);
    return { cells, header, before };
  });
  return { kind: 'table', rows, grid, bordered: bordered(tbl), section: ctx.section };
}

