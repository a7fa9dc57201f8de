import { Field } from '../../../components/Field';
import type { Option } from '../../../components/SelectField';
import { useDraftField } from '../store/hooks';

interface DraftSelectFieldProps<V extends string> {
  field: string;
  label: string;
  options: readonly Option<V>[];
  testId: string;
  hint?: string | undefined;
}

/** A drop-down bound to one value of the draft. */
export function DraftSelectField<V extends string>({ field, label, options, testId, hint }: DraftSelectFieldProps<V>) {
  const [value, setValue] = useDraftField<V>(field);
  return (
    <Field label={label} hint={hint}>
      <select
        value={value}
        data-testid={testId}
        data-field={field}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) setValue(chosen.value);
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
