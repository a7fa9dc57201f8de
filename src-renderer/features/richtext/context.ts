/**
 * Which field the toolbar acts on. Fields register themselves when focused; the toolbar reads
 * the active one. Two contexts, so that focusing a field re-renders the toolbar only.
 */
import type { Editor } from '@tiptap/core';
import { createContext, useContext } from 'react';
import type { RichTextAllow } from '@shared/domain/editor-doc';

/** What the toolbar may do with a field. */
export interface FieldHandle {
  editor: Editor;
  kind: 'blocks' | 'inline';
  allow: RichTextAllow;
  /** Opens the footnote dialog: a new footnote at the cursor, or the one at `pos`. */
  openFootnote: (pos: number | null) => void;
  /** Opens the caption dialog of the table at the cursor. */
  openCaption: () => void;
}

/** Stable functions: fields use them without re-rendering when the active field changes. */
export interface RichTextControl {
  activate: (field: FieldHandle) => void;
  deactivate: (editor: Editor) => void;
  /** Focuses the toolbar; false when there is none. */
  focusToolbar: () => boolean;
  setToolbarFocus: (focus: (() => boolean) | null) => void;
}

export const RichTextControlContext = createContext<RichTextControl | null>(null);
export const RichTextActiveContext = createContext<FieldHandle | null>(null);

/** The control of the surrounding RichTextProvider, or null without one. */
export function useRichTextControl(): RichTextControl | null {
  return useContext(RichTextControlContext);
}

/** The focused field, for the toolbar. */
export function useActiveField(): FieldHandle | null {
  return useContext(RichTextActiveContext);
}
