/** The extensions of a field: the report's schema, its keys, its paste, nothing else. */
import { Extension, type Extensions } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import HardBreak from '@tiptap/extension-hard-break';
import Italic from '@tiptap/extension-italic';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import Underline from '@tiptap/extension-underline';
import { Gapcursor, Placeholder } from '@tiptap/extensions';
import type { RichTextAllow } from '@shared/domain/editor-doc';
import { KEYS } from '../shortcuts';
import { BulletItem } from './bullet-item';
import { FieldKeymap } from './field-keymap';
import { Footnote } from './footnote';
import { ReportTable, ReportTableCell, ReportTableHeader, ReportTableRow } from './report-table';
import { ReviewFigures, type ReviewHighlight } from './review-figures';
import { SafePaste, type PasteReport } from './safe-paste';

/** How a field is set up; the callbacks are read when called, so they may change. */
export interface FieldExtensionOptions {
  /** 'blocks': paragraphs, items and tables; 'inline': one paragraph (the closing). */
  kind: 'blocks' | 'inline';
  allow: () => RichTextAllow;
  footnoteOffset: number;
  placeholder?: string | undefined;
  onUndo: () => void;
  onRedo: () => void;
  onFocusToolbar: () => boolean;
  onInsertFootnote: () => void;
  onEditFootnote: (pos: number) => void;
  onPasteReport: (report: PasteReport) => void;
  /** The figures to highlight until touched ("Dùng cho kỳ mới"); null for none. Read once. */
  review?: (() => ReviewHighlight | null) | undefined;
}

// The formatting marks, bound to the shortcuts the toolbar shows.
const ReportBold = Bold.extend({
  addKeyboardShortcuts() {
    return { [KEYS.bold]: () => this.editor.commands.toggleBold() };
  },
});
const ReportItalic = Italic.extend({
  addKeyboardShortcuts() {
    return { [KEYS.italic]: () => this.editor.commands.toggleItalic() };
  },
});
const ReportUnderline = Underline.extend({
  addKeyboardShortcuts() {
    return { [KEYS.underline]: () => this.editor.commands.toggleUnderline() };
  },
});
const ReportHardBreak = HardBreak.extend({
  addKeyboardShortcuts() {
    return { [KEYS.lineBreak]: () => this.editor.commands.setHardBreak() };
  },
});

/** The closing is one paragraph: Enter does not split it. */
const SingleParagraph = Extension.create({
  name: 'singleParagraph',
  priority: 900,
  addKeyboardShortcuts() {
    return { Enter: () => true };
  },
});

/** The extensions of one field. */
export function fieldExtensions(o: FieldExtensionOptions): Extensions {
  const common: Extensions = [
    Text,
    Paragraph,
    ReportHardBreak,
    ReportBold,
    ReportItalic,
    ReportUnderline,
    Footnote.configure({ allowed: () => o.allow().footnotes, onEdit: o.onEditFootnote, initialOffset: o.footnoteOffset }),
    FieldKeymap.configure({
      onUndo: o.onUndo,
      onRedo: o.onRedo,
      onFocusToolbar: o.onFocusToolbar,
      onInsertFootnote: o.onInsertFootnote,
      footnotesAllowed: () => o.allow().footnotes,
    }),
    SafePaste.configure({ kind: o.kind, allow: o.allow, onReport: o.onPasteReport }),
    ReviewFigures.configure({ kind: o.kind, review: o.review ?? (() => null) }),
    ...(o.placeholder ? [Placeholder.configure({ placeholder: o.placeholder })] : []),
  ];
  if (o.kind === 'inline') return [Document.extend({ content: 'paragraph' }), SingleParagraph, ...common];
  return [
    Document,
    ...common,
    BulletItem.configure({ allowed: () => o.allow().bullets }),
    ReportTable.configure({ allowed: () => o.allow().tables }),
    ReportTableRow,
    ReportTableHeader,
    ReportTableCell,
    Gapcursor,
  ];
}

export { BulletItem } from './bullet-item';
export { columnWidthsOf, headerRowsOf } from './report-table';
export { footnoteNear, footnoteNumberAt, footnoteText } from './footnote';
export type { PasteReport } from './safe-paste';
export { REVIEW_FIGURE_HINT, type ReviewHighlight } from './review-figures';
