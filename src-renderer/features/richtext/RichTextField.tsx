import { memo } from 'react';
import type { Block } from '@shared/domain/draft-schema';
import type { RichTextAllow } from '@shared/domain/editor-doc';
import { blockCodec } from './codecs';
import type { ReviewHighlight } from './extensions';
import { FieldShell } from './FieldShell';
import { useRichField } from './use-rich-field';

export interface RichTextFieldProps {
  /** The field's blocks (the opening, a section's or an appendix's content). */
  value: Block[];
  /** Called after each change with the new blocks (unchanged blocks keep their identity). */
  onChange: (blocks: Block[]) => void;
  /** The accessible name of the editable, e.g. "Nội dung mục I". */
  label: string;
  /** What the clerk may create here beyond formatted paragraphs; all by default. Existing content is always kept. */
  allow?: Partial<RichTextAllow>;
  /** The number of this field's first footnote (footnotes are numbered across the draft); 1 by default. */
  footnoteOffset?: number;
  /** Ctrl+Z: the draft store undoes (the field keeps no history of its own). */
  onUndo: () => void;
  /** Ctrl+Y / Ctrl+Shift+Z. */
  onRedo: () => void;
  /** Shown while the field is empty. */
  placeholder?: string;
  /** The editable's DOM id, for a check that jumps to it. */
  id?: string;
  /** Ids of the help text describing the field. */
  describedBy?: string;
  testId?: string;
  /** Figures highlighted until the clerk touches them ("Dùng cho kỳ mới"); read when the field is created. */
  review?: ReviewHighlight | undefined;
}

/**
 * A rich-text field of the report: paragraphs with bold/italic/underline, "-"/"+" items, tables
 * and footnotes, restricted to the report's schema. Memoised: a keystroke emits onChange and
 * re-renders nothing else; a new `value` from outside (undo, a fix) is merged in place.
 */
export const RichTextField = memo(function RichTextField(props: RichTextFieldProps) {
  const field = useRichField({ ...props, kind: 'blocks', codec: blockCodec });
  return <FieldShell field={field} testId={props.testId} className="rt-field" />;
});
