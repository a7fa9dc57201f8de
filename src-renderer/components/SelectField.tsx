import { Field } from './Field';

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  testId: string;
  /** The draft field it edits, marked on the select so a check's finding can jump to it. */
  field?: string | undefined;
  hint?: string | undefined;
}

/** A drop-down over a fixed set of values. */
export function SelectField<V extends string>({ label, value, options, onChange, testId, field, hint }: SelectFieldProps<V>) {
  return (
    <Field label={label} hint={hint}>
      <select
        value={value}
        data-testid={testId}
        data-field={field}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
