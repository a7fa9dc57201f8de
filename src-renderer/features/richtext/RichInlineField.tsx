import { memo } from 'react';
import type { Inline } from '@shared/domain/draft-schema';
import { inlineCodec } from './codecs';
import type { ReviewHighlight } from './extensions';
import { FieldShell } from './FieldShell';
import { useRichField } from './use-rich-field';

export interface RichInlineFieldProps {
  /** One paragraph's content (the closing "Trên đây là …"). */
  value: Inline[];
  onChange: (content: Inline[]) => void;
  label: string;
  /** Whether footnotes may be added; true by default. */
  allowFootnotes?: boolean;
  footnoteOffset?: number;
  onUndo: () => void;
  onRedo: () => void;
  placeholder?: string;
  id?: string;
  describedBy?: string;
  testId?: string;
  /** Whether the RichTextToolbar acts on this field; true by default (false inside a dialog). */
  withToolbar?: boolean;
  /** Figures highlighted until the clerk touches them ("Dùng cho kỳ mới"); read when the field is created. */
  review?: ReviewHighlight | undefined;
}

/** A one-paragraph rich-text field: bold/italic/underline, line breaks (Shift+Enter) and footnotes; Enter adds nothing. */
export const RichInlineField = memo(function RichInlineField(props: RichInlineFieldProps) {
  const { allowFootnotes = true, ...rest } = props;
  const field = useRichField({ ...rest, allow: { footnotes: allowFootnotes }, kind: 'inline', codec: inlineCodec });
  return <FieldShell field={field} testId={props.testId} className="rt-field rt-field-inline" />;
});
