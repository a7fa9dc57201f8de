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
  hint?: string;
}

/** A number typed as text, committed to the draft only once it is valid. */
export function IntegerField({ label, value, onChange, parse, invalidHint, testId, hint }: IntegerFieldProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const invalid = parse(text) === undefined;
  return (
    <Field label={label} hint={hint} error={invalid ? invalidHint : undefined}>
      <input
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={invalid}
        data-testid={testId}
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
