import { useEditorDispatch } from '../editor/store/context';
import { altLabel } from '../editor/shortcut-labels';
import { nextStep, stepInfo, type StepId } from './steps';

/** "← Bước trước" and "Bước tiếp theo →" at the foot of each step. */
export function StepNav({ step }: { step: StepId }) {
  const dispatch = useEditorDispatch();
  const previous = nextStep(step, -1);
  const next = nextStep(step, 1);
  return (
    <div className="step-nav">
      {previous ? (
        <button type="button" className="btn" data-testid="btn-step-previous" title={`${altLabel('PageUp')}`} onClick={() => dispatch({ type: 'setStep', step: previous })}>
          ← Bước {stepInfo(previous).number}: {stepInfo(previous).title}
        </button>
      ) : (
        <span />
      )}
      {next ? (
        <button type="button" className="btn btn-primary" data-testid="btn-step-next" title={`${altLabel('PageDown')}`} onClick={() => dispatch({ type: 'setStep', step: next })}>
          Bước {stepInfo(next).number}: {stepInfo(next).title} →
        </button>
      ) : null}
    </div>
  );
}
