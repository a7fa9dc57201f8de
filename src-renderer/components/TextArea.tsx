import { Field } from './Field';

interface TextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  hint?: string;
  placeholder?: string;
  rows?: number;
  wide?: boolean;
}

/** A multi-line text field that grows with its content. */
export function TextArea({ label, value, onChange, testId, hint, placeholder, rows = 2, wide }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} wide={wide ?? false}>
      <textarea
        value={value}
        rows={rows}
        placeholder={placeholder}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
