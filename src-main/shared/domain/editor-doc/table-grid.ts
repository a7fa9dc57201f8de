/**
 * The grid of a table whose rows omit the cells covered by a rowspan from above (the model's
 * and ProseMirror's convention): where each cell starts, and how wide the table is.
 */

/** What tableGrid needs of a cell. */
export interface GridCell {
  colSpan?: number | undefined;
  rowSpan?: number | undefined;
}

/** Where the cells of a table sit. */
export interface TableGrid {
  /** Columns of the table: the widest row, counting cells that reach into it from above. */
  width: number;
  /** For each row, the first column of each of its cells. */
  starts: number[][];
  /** For each row, one past its last covered column (by its own cells or those from above). */
  filled: number[];
}

/** The grid of `rows`, each cell taking `colSpan` columns and `rowSpan` rows (1 when absent). */
export function tableGrid(rows: readonly { cells: readonly GridCell[] }[]): TableGrid {
  // taken[r] holds the columns of row r already covered by a cell from a row above.
  const taken: Set<number>[] = rows.map(() => new Set<number>());
  const starts: number[][] = [];
  const filled: number[] = [];
  let width = 0;
  rows.forEach((row, r) => {
    const covered = taken[r] ?? new Set<number>();
    const rowStarts: number[] = [];
    let col = 0;
    for (const cell of row.cells) {
      while (covered.has(col)) col++;
      rowStarts.push(col);
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < colSpan; dc++) taken[r + dr]?.add(col + dc);
      }
      col += colSpan;
    }
    starts.push(rowStarts);
    // `covered` now holds this row's own columns too; a row reaches as far as its last one.
    const reach = covered.size > 0 ? Math.max(...covered) + 1 : 0;
    filled.push(reach);
    width = Math.max(width, reach);
  });
  return { width, starts, filled };
}
