import { checkDraft } from '@shared/domain/checks';
import type { Draft } from '@shared/domain/draft-schema';
import { fieldKey } from '../editor/store/field-path';
import { useEditorDispatch } from '../editor/store/context';
import { useDraftEdit } from '../editor/store/hooks';
import { STEPS, stepOfField, type StepId } from '../guide/steps';
import type { FoundProblem } from './checker';
import { useFindings } from './use-findings';
import './checks.css';

const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Lưu ý' } as const;

/**
 * The draft with the fix of this finding applied, as the checks find it in that very draft (the
 * list may be a moment old); the same draft when the problem is gone.
 */
function applyFix(draft: Draft, finding: FoundProblem, key: string): Draft {
  const live = checkDraft(draft).find((f) => f.id === finding.id && fieldKey(f.field) === key && f.fix);
  return live?.fix ? live.fix.apply(draft) : draft;
}

function FindingItem({ finding }: { finding: FoundProblem }) {
  const dispatch = useEditorDispatch();
  const edit = useDraftEdit();
  const key = fieldKey(finding.field);
  const step = stepOfField(finding.field);
  const { fixLabel } = finding;
  return (
    <li className={`finding finding-${finding.severity}`} data-testid="finding" data-rule={finding.id} data-field-key={key}>
      <span className={`finding-severity finding-severity-${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
      <span className="finding-message">{finding.message}</span>
      <span className="finding-actions">
        <button type="button" className="btn btn-small" data-testid="btn-finding-go" onClick={() => dispatch({ type: 'focus', key, step })}>
          Đi tới chỗ sửa
        </button>
        {fixLabel ? (
          <button
            type="button"
            className="btn btn-small btn-primary"
            data-testid="btn-finding-fix"
            title="Sửa ngay; có thể hoàn tác (Ctrl+Z)"
            onClick={() => edit((draft) => applyFix(draft, finding, key), { focus: key })}
          >
            {fixLabel}
          </button>
        ) : null}
      </span>
    </li>
  );
}

/**
 * "Kiểm tra": what NĐ30 requires and what is missing or wrong, step by step; each item jumps to
 * its field, some repair themselves in one click. Nothing here blocks printing or exporting.
 */
export function ChecksPanel() {
  const { findings, summary, ready } = useFindings();
  const byStep = new Map<StepId, FoundProblem[]>();
  for (const finding of findings) {
    const step = stepOfField(finding.field);
    byStep.set(step, [...(byStep.get(step) ?? []), finding]);
  }
  return (
    <section className="panel checks-panel" data-testid="checks-panel" aria-labelledby="checks-heading">
      <h2 className="panel-title checks-heading" id="checks-heading">
        Kiểm tra theo Nghị định 30
      </h2>
      <div className="panel-body">
        <p className={findings.length ? 'checks-status checks-status-open' : 'checks-status checks-status-clear'} data-testid="checks-status" role="status">
          {ready ? summary.status : 'Đang kiểm tra…'}
          {ready && summary.fixable > 0 ? ` — ${summary.fixable} mục sửa được ngay bằng một nút bấm` : ''}
        </p>
        {STEPS.filter((info) => byStep.has(info.id)).map((info) => (
          <div key={info.id} className="checks-group">
            <h3 className="checks-group-title">
              Bước {info.number}. {info.title}
            </h3>
            <ul className="findings">
              {(byStep.get(info.id) ?? []).map((finding, i) => (
                <FindingItem key={`${finding.id}:${fieldKey(finding.field)}:${i}`} finding={finding} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
