import { SelectField, type Option } from '../../../components/SelectField';
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
  return <SelectField label={label} value={value} options={options} onChange={setValue} testId={testId} field={field} hint={hint} />;
}
