/** What the toolbar shows for the focused field: active marks, the block kind, what applies. */
import type { Editor } from '@tiptap/core';
import { isInTable, selectedRect } from '@tiptap/pm/tables';
import { NODE, type RichTextAllow } from '@shared/domain/editor-doc';
import { footnoteNear, headerRowsOf } from './extensions';
import { selectedTextblocks } from './extensions/bullet-item';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** The kind shared by the selected top-level textblocks, or null (mixed, or in a table). */
  kind: 'paragraph' | '-' | '+' | null;
  canItems: boolean;
  inTable: boolean;
  canInsertTable: boolean;
  headerRow: boolean;
  canMerge: boolean;
  canSplit: boolean;
  canFootnote: boolean;
  footnoteHere: boolean;
}


/** The toolbar state of an editor, compared field by field so the toolbar re-renders only on change. */
export function toolbarState(editor: Editor, allow: RichTextAllow, kind: 'blocks' | 'inline'): ToolbarState {
  const { state } = editor;
  const inTable = kind === 'blocks' && isInTable(state);
  const blocks = inTable ? [] : selectedTextblocks(state);
  const kinds = new Set(blocks.map(({ node }) => (node.type.name === NODE.bulletItem ? (node.attrs.marker as '-' | '+') : 'paragraph')));
  let headerRow = false;
  if (inTable) {
    const rect = selectedRect(state);
    headerRow = rect.top < headerRowsOf(rect.table);
  }
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    kind: kinds.size === 1 ? ([...kinds][0] ?? null) : null,
    canItems: kind === 'blocks' && allow.bullets && !inTable,
    inTable,
    canInsertTable: kind === 'blocks' && allow.tables && !inTable,
    headerRow,
    canMerge: inTable && editor.can().mergeCells(),
    canSplit: inTable && editor.can().splitCell(),
    canFootnote: allow.footnotes,
    footnoteHere: footnoteNear(state) !== null,
  };
}

/** Whether two toolbar states show the same thing. */
export function sameToolbarState(a: ToolbarState | null, b: ToolbarState | null): boolean {
  if (a === null || b === null) return a === b;
  return (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key]);
}
