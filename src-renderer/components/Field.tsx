import type { ReactNode } from 'react';

interface FieldProps {
  label: string;
  hint?: string | undefined;
  /** Shown in the error colour instead of the hint. */
  error?: string | undefined;
  /** Spans the whole row of a field grid. */
  wide?: boolean;
  children: ReactNode;
}

/** A labelled form control; the label wraps the control so clicking it focuses the control. */
export function Field({ label, hint, error, wide = false, children }: FieldProps) {
  return (
    <label className={wide ? 'field field-wide' : 'field'}>
      <span className="field-label">{label}</span>
      {children}
      {error ? (
        <span className="field-hint field-error" role="alert">
          {error}
        </span>
      ) : hint ? (
        <span className="field-hint">{hint}</span>
      ) : null}
    </label>
  );
}
