import { memo } from 'react';
import { Field } from '../../../components/Field';
import { useDraftField } from '../store/hooks';

interface DraftTextFieldProps {
  /** Field key of a string of the draft, e.g. "header.place". */
  field: string;
  label: string;
  testId: string;
  hint?: string | undefined;
  /** A problem with the current value, shown instead of the hint. */
  error?: ((value: string) => string | undefined) | undefined;
  placeholder?: string | undefined;
  /** A text area that grows with its text (and keeps line breaks) instead of one line. */
  multiline?: boolean;
  wide?: boolean;
  inputMode?: 'text' | 'numeric';
  /** Keys the field handles itself (a section title's Enter and Alt+arrows). */
  onKeyDown?: (event: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

/** A text field bound to one string of the draft; typing in it is one undo step per pause. */
export const DraftTextField = memo(function DraftTextField({ field, label, testId, hint, error, placeholder, multiline = false, wide = false, inputMode, onKeyDown }: DraftTextFieldProps) {
  const [value, setValue] = useDraftField<string>(field);
  const text = value ?? '';
  const problem = error?.(text);
  const common = {
    value: text,
    placeholder,
    'data-testid': testId,
    'data-field': field,
    'aria-invalid': problem ? true : undefined,
    onKeyDown,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValue(event.target.value),
  };
  return (
    <Field label={label} hint={hint} error={problem} wide={wide}>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" inputMode={inputMode} {...common} />}
    </Field>
  );
});
