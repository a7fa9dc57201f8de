// @vitest-environment happy-dom
/** Tables in a field: insert, rows and columns, header rows, merge and split, widths, caption. */
import { CellSelection } from '@tiptap/pm/tables';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '@shared/domain/draft-schema';
import { last, mountField, press, run, type, type Mounted } from './test-support';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const table = (m: Mounted): TableBlock => {
  const found = last(m).find((b): b is TableBlock => b.type === 'table');
  if (!found) throw new Error('no table');
  return found;
};
const texts = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.map((run) => (run.type === 'text' ? run.text : '')).join('')).join('/')));

/** The position inside the first paragraph of cell (row, col) of the first table. */
function cellPos(m: Mounted, row: number, col: number): number {
  const { doc } = m.editor().state;
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.type.name === 'table') {
      let r = 0;
      node.forEach((rowNode, rowOffset) => {
        if (r === row) {
          let c = 0;
          rowNode.forEach((_cell, cellOffset) => {
            if (c === col) found = pos + 1 + rowOffset + 1 + cellOffset + 2;
            c++;
          });
        }
        r++;
      });
      return false;
    }
    return true;
  });
  return found;
}

function caret(m: Mounted, pos: number) {
  const editor = m.editor();
  run(() => editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos))));
  return editor;
}

describe('a table made in the field', () => {
  it('is inserted in place of an empty paragraph with a header row and three equal columns', () => {
    mounted = mountField([{ type: 'paragraph', content: [{ type: 'text', text: 'Kết quả:' }] }, { type: 'paragraph', content: [] }]);
    const editor = caret(mounted, 11);
    press(editor, 'b', { ctrl: true, alt: true });
    type(editor, 'STT');
    press(editor, 'Tab');
    type(editor, 'Nội dung');
    const blocks = last(mounted);
    expect(blocks).toHaveLength(2);
    const t = table(mounted);
    expect(t.headerRows).toBe(1);
    expect(t.columnWidths).toEqual([1, 1, 1]);
    expect(texts(t)).toEqual([
      ['STT', 'Nội dung', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('Tab in the last cell adds a row; rows and columns are added and removed', () => {
    mounted = mountField([]);
    const editor = caret(mounted, 1);
    run(() => editor.commands.insertReportTable({ rows: 1, cols: 2, headerRows: 0 }));
    press(editor, 'Tab');
    press(editor, 'Tab');
    expect(table(mounted).rows).toHaveLength(2);
    run(() => editor.commands.addColumnAfter());
    expect(table(mounted).columnWidths).toHaveLength(3);
    run(() => editor.commands.deleteColumn());
    run(() => editor.commands.deleteRow());
    expect(table(mounted).rows).toHaveLength(1);
    expect(table(mounted).columnWidths).toEqual([1, 1]);
  });

  it('the header row toggle makes the rows up to the current one header rows, and back', () => {
    mounted = mountField([]);
    const editor = caret(mounted, 1);
    run(() => editor.commands.insertReportTable({ rows: 3, cols: 2, headerRows: 1 }));
    caret(mounted, cellPos(mounted, 1, 0));
    run(() => editor.commands.toggleHeaderRowHere());
    expect(table(mounted).headerRows).toBe(2);
    caret(mounted, cellPos(mounted, 0, 1));
    run(() => editor.commands.toggleHeaderRowHere());
    expect(table(mounted).headerRows).toBe(0);
  });

  it('merges a cell selection across columns and rows, and splits it again', () => {
    mounted = mountField([]);
    const editor = caret(mounted, 1);
    run(() => editor.commands.insertReportTable({ rows: 3, cols: 3, headerRows: 1 }));
    run(() => {
      const anchor = editor.state.doc.resolve(cellPos(mounted as Mounted, 1, 0) - 2);
      const head = editor.state.doc.resolve(cellPos(mounted as Mounted, 2, 1) - 2);
      editor.view.dispatch(editor.state.tr.setSelection(new CellSelection(anchor, head)));
    });
    run(() => editor.commands.mergeCells());
    const merged = table(mounted);
    expect(merged.rows[1]?.cells[0]).toMatchObject({ colSpan: 2, rowSpan: 2 });
    expect(merged.rows[2]?.cells).toHaveLength(1);
    run(() => editor.commands.splitCell());
    expect(table(mounted).rows.every((r) => r.cells.length === 3)).toBe(true);
  });

  it('widens and narrows the current column in steps, the widths staying relative', () => {
    mounted = mountField([]);
    const editor = caret(mounted, 1);
    run(() => editor.commands.insertReportTable({ rows: 2, cols: 2, headerRows: 1 }));
    run(() => editor.commands.resizeCurrentColumn(1));
    expect(table(mounted).columnWidths).toEqual([55, 45]);
    run(() => editor.commands.resizeCurrentColumn(-1));
    run(() => editor.commands.resizeCurrentColumn(-1));
    expect(table(mounted).columnWidths).toEqual([45, 55]);
    const cols = [...(mounted.container.querySelectorAll('.rt-table col') as NodeListOf<HTMLElement>)].map((c) => c.style.width);
    expect(cols).toEqual(['45.00%', '55.00%']);
  });

  it('sets and clears the caption', () => {
    mounted = mountField([]);
    const editor = caret(mounted, 1);
    run(() => editor.commands.insertReportTable());
    run(() => editor.commands.setTableCaption('Bảng 1. Kết quả'));
    expect(table(mounted).caption).toBe('Bảng 1. Kết quả');
    expect(mounted.container.querySelector('.rt-table-caption')?.textContent).toBe('Bảng 1. Kết quả');
    run(() => editor.commands.setTableCaption(' '));
    expect(table(mounted).caption).toBeUndefined();
  });

  it('keeps a stored table exactly while the clerk types in one of its cells', () => {
    const stored: Block = {
      type: 'table',
      columnWidths: [1, 6, 2],
      headerRows: 1,
      caption: 'Bảng 2',
      rows: [
        { cells: [{ paragraphs: [[{ type: 'text', text: 'STT', bold: true }]], align: 'center' }, { paragraphs: [[{ type: 'text', text: 'Số hồ sơ', bold: true }]], colSpan: 2, align: 'center' }] },
        { cells: [{ paragraphs: [[{ type: 'text', text: '1' }]] }, { paragraphs: [[{ type: 'text', text: 'Hộ tịch' }]] }, { paragraphs: [[{ type: 'text', text: '702' }]], align: 'right' }] },
      ],
    };
    mounted = mountField([stored]);
    caret(mounted, cellPos(mounted, 1, 1) + 'Hộ tịch'.length);
    type(mounted.editor(), '!');
    const t = table(mounted);
    expect(t).toEqual({ ...stored, rows: [stored.rows[0], { cells: [stored.rows[1]!.cells[0], { paragraphs: [[{ type: 'text', text: 'Hộ tịch!' }]] }, stored.rows[1]!.cells[2]] }] });
  });

  it('is not offered in a field that allows no tables, nor inside a table', () => {
    mounted = mountField([], { allow: { tables: false } });
    const editor = caret(mounted, 1);
    expect(editor.commands.insertReportTable()).toBe(false);
  });
});
