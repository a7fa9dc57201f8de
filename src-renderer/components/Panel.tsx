import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  testId: string;
  children: ReactNode;
  /** Starts folded; the clerk opens it when needed. */
  folded?: boolean;
}

/** A titled group of fields that can be folded away. */
export function Panel({ title, testId, children, folded = false }: PanelProps) {
  return (
    <details className="panel" open={!folded} data-testid={testId}>
      <summary className="panel-title">{title}</summary>
      <div className="panel-body">{children}</div>
    </details>
  );
}
