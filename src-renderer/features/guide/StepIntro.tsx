import type { ReactNode } from 'react';
import { stepInfo, type StepId } from './steps';

/**
 * The step's heading (the page's level-one heading, focused when the step opens) and its help:
 * what goes here and an example from a real report.
 */
export function StepIntro({ step, children }: { step: StepId; children?: ReactNode }) {
  const info = stepInfo(step);
  return (
    <header className="step-intro">
      <h1 className="step-title" tabIndex={-1} data-testid="step-title">
        <span className="step-title-number">Bước {info.number}.</span> {info.title}
      </h1>
      <p className="step-help">{info.help}</p>
      {info.example ? (
        <p className="step-example">
          <span className="step-example-label">Ví dụ: </span>
          {info.example}
        </p>
      ) : null}
      {children}
    </header>
  );
}
