import { Field } from './Field';

interface TextInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  hint?: string;
  /** A problem with the current value, shown instead of the hint. */
  error?: string | undefined;
  placeholder?: string;
  wide?: boolean;
  inputMode?: 'text' | 'numeric';
}

/** A one-line text field. */
export function TextInput({ label, value, onChange, testId, hint, error, placeholder, wide, inputMode }: TextInputProps) {
  return (
    <Field label={label} hint={hint} error={error} wide={wide ?? false}>
      <input
        type="text"
        value={value}
        aria-invalid={error ? true : undefined}
        placeholder={placeholder}
        inputMode={inputMode}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
