/**
 * The content editors of the report behind one small interface: the rich-text fields of
 * features/richtext (TipTap, restricted to the report's schema) for lists of blocks and for the
 * closing, and the toolbar they share on a screen. Undo and redo belong to the editor's store, so
 * the fields keep no history of their own.
 */
import type { ReactNode } from 'react';
import type { Block, Inline } from '@shared/domain/draft-schema';
import { RichInlineField, RichTextField, RichTextProvider, RichTextToolbar, type ReviewHighlight, type RichTextAllow } from '../richtext';
import '../../styles/richtext.css';

export interface ContentFieldProps {
  value: Block[];
  onChange: (blocks: Block[]) => void;
  /** The accessible name of the field, e.g. "Nội dung mục “Kết quả thực hiện”". */
  label: string;
  /** What the clerk may create here beyond formatted paragraphs; all by default. */
  allow?: Partial<RichTextAllow>;
  /** The number of the field's first footnote: footnotes are numbered over the whole report. */
  footnoteOffset?: number;
  onUndo: () => void;
  onRedo: () => void;
  testId: string;
  /** Field key of the list, for the checks' jumps. */
  field: string;
  /** Shown while the field is empty. */
  emptyText?: string;
  /** Figures highlighted until touched ("Dùng cho kỳ mới"). */
  review?: ReviewHighlight | undefined;
}

/** The content of one container of blocks. */
export function ContentField({ value, onChange, label, allow, footnoteOffset, onUndo, onRedo, testId, field, emptyText, review }: ContentFieldProps) {
  return (
    <div className="content-field" data-field={field}>
      <RichTextField
        value={value}
        onChange={onChange}
        label={label}
        {...(allow ? { allow } : {})}
        {...(footnoteOffset === undefined ? {} : { footnoteOffset })}
        onUndo={onUndo}
        onRedo={onRedo}
        placeholder={emptyText ?? 'Nhập nội dung; gõ “- ” hoặc “+ ” ở đầu dòng để có gạch đầu dòng.'}
        testId={testId}
        review={review}
      />
    </div>
  );
}

export interface InlineContentFieldProps {
  value: Inline[];
  onChange: (content: Inline[]) => void;
  label: string;
  footnoteOffset?: number;
  onUndo: () => void;
  onRedo: () => void;
  placeholder?: string;
  testId: string;
  field: string;
  review?: ReviewHighlight | undefined;
}

/** The content of one paragraph (the closing "Trên đây là …"). */
export function InlineContentField({ value, onChange, label, footnoteOffset, onUndo, onRedo, placeholder, testId, field, review }: InlineContentFieldProps) {
  return (
    <div className="content-field" data-field={field}>
      <RichInlineField
        value={value}
        onChange={onChange}
        label={label}
        {...(footnoteOffset === undefined ? {} : { footnoteOffset })}
        onUndo={onUndo}
        onRedo={onRedo}
        {...(placeholder === undefined ? {} : { placeholder })}
        testId={testId}
        review={review}
      />
    </div>
  );
}

/** What the content fields of a screen share: the formatting toolbar, kept in view above them. */
export function ContentFieldsHost({ children }: { children: ReactNode }) {
  return (
    <RichTextProvider>
      <div className="content-toolbar">
        <RichTextToolbar />
      </div>
      {children}
    </RichTextProvider>
  );
}
