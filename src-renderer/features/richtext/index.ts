/**
 * Rich-text fields of the report. Mount RichTextField for each block field and RichInlineField
 * for the closing, inside one RichTextProvider with one RichTextToolbar.
 */
export { RichTextField, type RichTextFieldProps } from './RichTextField';
export { RichInlineField, type RichInlineFieldProps } from './RichInlineField';
export { RichTextProvider } from './RichTextProvider';
export { RichTextToolbar } from './RichTextToolbar';
export { REVIEW_FIGURE_HINT, type ReviewHighlight } from './extensions';
export type { FieldFigure } from './review-positions';
export { countFootnotes, countInlineFootnotes, type RichTextAllow } from '@shared/domain/editor-doc';
