import { useState } from 'react';
import { Field } from './Field';

interface IntegerFieldProps {
  label: string;
  value: number | null;
  /** Called only with values `parse` accepts; other text stays local with a hint. */
  onChange: (value: number | null) => void;
  /** Turns the typed text into a value, or returns undefined when it is not acceptable. */
  parse: (text: string) => number | null | undefined;
  invalidHint: string;
  testId: string;
  /** The draft field it edits, marked on the input so a check's finding can jump to it. */
  field?: string | undefined;
  hint?: string | undefined;
}

const textOf = (value: number | null) => (value === null ? '' : String(value));

/**
 * A number typed as text, committed once valid; when the value changes from elsewhere (undo,
 * a profile fill) the text follows it.
 */
export function IntegerField({ label, value, onChange, parse, invalidHint, testId, field, hint }: IntegerFieldProps) {
  const [text, setText] = useState(textOf(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (parse(text.trim()) !== value) setText(textOf(value));
  }
  const invalid = parse(text.trim()) === undefined;
  return (
    <Field label={label} hint={hint} error={invalid ? invalidHint : undefined}>
      <input
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={invalid}
        data-testid={testId}
        data-field={field}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const parsed = parse(next.trim());
          if (parsed !== undefined) onChange(parsed);
        }}
      />
    </Field>
  );
}
