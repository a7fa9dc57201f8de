import { IntegerField } from '../../../components/IntegerField';

interface SyncedIntegerFieldProps {
  label: string;
  value: number | null;
  /** Called only with values `parse` accepts; other text stays local with a hint. */
  onChange: (value: number | null) => void;
  /** Turns the typed text into a value, or returns undefined when it is not acceptable. */
  parse: (text: string) => number | null | undefined;
  invalidHint: string;
  testId: string;
  field: string;
  hint?: string;
}

/** A number field of the draft: the generic integer field, marked with the draft field it edits. */
export function SyncedIntegerField(props: SyncedIntegerFieldProps) {
  return <IntegerField {...props} />;
}
