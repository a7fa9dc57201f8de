/** How complete each step is, read from the NĐ30 findings: the rail's marks and counts. */
import type { Finding } from '@shared/domain/checks';
import { STEP_IDS, stepOfField, type StepId } from './steps';

export interface StepStatus {
  errors: number;
  warnings: number;
}

/** The findings of each step (the last step, "Kiểm tra", counts them all). */
export function stepStatuses(findings: ReadonlyArray<Pick<Finding, 'field' | 'severity'>>): Record<StepId, StepStatus> {
  const out = Object.fromEntries(STEP_IDS.map((id) => [id, { errors: 0, warnings: 0 }])) as Record<StepId, StepStatus>;
  for (const finding of findings) {
    const key = finding.severity === 'error' ? 'errors' : 'warnings';
    out[stepOfField(finding.field)][key]++;
    if (stepOfField(finding.field) !== 'review') out.review[key]++;
  }
  return out;
}

/** "còn 2 lỗi và 1 lưu ý" / "đã đủ", for the rail's accessible names. */
export function statusText({ errors, warnings }: StepStatus): string {
  const parts = [errors ? `${errors} lỗi` : '', warnings ? `${warnings} lưu ý` : ''].filter(Boolean);
  return parts.length ? `còn ${parts.join(' và ')}` : 'không còn vấn đề';
}
