import { useFindings } from '../checks/use-findings';
import { useEditorDispatch } from '../editor/store/context';
import { useStep } from '../editor/store/hooks';
import { altLabel } from '../editor/shortcut-labels';
import { SectionOutline } from './SectionOutline';
import { stepStatuses, statusText, type StepStatus } from './step-status';
import { STEPS } from './steps';

/** ✓ when a step has nothing left, else how many problems (red for errors, amber for warnings only). */
function StatusMark({ status, testId }: { status: StepStatus; testId: string }) {
  const count = status.errors + status.warnings;
  if (count === 0) {
    return (
      <span className="rail-mark rail-mark-done" data-testid={testId} data-state="done" aria-hidden="true">
        ✓
      </span>
    );
  }
  return (
    <span className={status.errors ? 'rail-mark rail-mark-error' : 'rail-mark rail-mark-warning'} data-testid={testId} data-state={status.errors ? 'error' : 'warning'} aria-hidden="true">
      {count}
    </span>
  );
}

/** The side rail: the six steps with their marks, and the outline of the sections. */
export function GuideRail({ onShortcuts }: { onShortcuts: () => void }) {
  const step = useStep();
  const dispatch = useEditorDispatch();
  const { findings, ready } = useFindings();
  const statuses = stepStatuses(findings);
  return (
    <nav className="guide-rail" aria-label="Các bước soạn báo cáo" data-testid="guide-rail">
      <ol className="rail-steps">
        {STEPS.map((info) => {
          const status = statuses[info.id];
          const current = info.id === step;
          return (
            <li key={info.id}>
              <button
                type="button"
                className={current ? 'rail-step rail-step-current' : 'rail-step'}
                aria-current={current ? 'step' : undefined}
                data-testid={`step-${info.id}`}
                onClick={() => dispatch({ type: 'setStep', step: info.id })}
              >
                <span className="rail-step-number" aria-hidden="true">
                  {info.number}
                </span>
                <span className="visually-hidden">Bước {info.number}: </span>
                <span className="rail-step-title">{info.title}</span>
                {ready ? <StatusMark status={status} testId={`step-mark-${info.id}`} /> : <span aria-hidden="true" />}
                {ready ? <span className="visually-hidden"> — {statusText(status)}</span> : null}
              </button>
              {info.id === 'content' ? <SectionOutline /> : null}
            </li>
          );
        })}
      </ol>
      <p className="rail-hint muted">
        {altLabel('PageUp')} / {altLabel('PageDown')}: bước trước / sau
      </p>
      <button type="button" className="btn btn-small" data-testid="btn-shortcuts" onClick={onShortcuts}>
        Phím tắt
      </button>
    </nav>
  );
}
