/** Counts of findings for the "Kiểm tra" panel, and the confirmation asked before finishing or exporting with open problems. */
import type { Finding } from './types';

/** What the user is about to do with a draft that still has findings. */
export type CheckedAction = 'export' | 'finish';

/** Counts and ready-made Vietnamese sentences. */
export interface FindingsSummary {
  errors: number;
  warnings: number;
  /** Findings that offer a one-click fix. */
  fixable: number;
  /** Findings per rule id. */
  byRule: Readonly<Record<string, number>>;
  /** The panel's line: "Còn 3 lỗi và 2 lưu ý" or "Không phát hiện vấn đề nào". */
  status: string;
  /** The question to ask before each action, or null when there is nothing to ask about. */
  confirm: Readonly<Record<CheckedAction, string>> | null;
}

/** "3 lỗi và 2 lưu ý", "1 lỗi", "2 lưu ý", or "" for none. */
export function countsText(errors: number, warnings: number): string {
  const parts = [errors > 0 ? `${errors} lỗi` : '', warnings > 0 ? `${warnings} lưu ý` : ''].filter(Boolean);
  return parts.join(' và ');
}

const QUESTION: Readonly<Record<CheckedAction, string>> = {
  export: 'Vẫn xuất?',
  finish: 'Vẫn đánh dấu “Đã hoàn thành”?',
};

/** The counts of `findings` and the sentences the UI shows with them. */
export function findingsSummary(findings: readonly Finding[]): FindingsSummary {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  const byRule: Record<string, number> = {};
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else warnings++;
    if (finding.fix) fixable++;
    byRule[finding.id] = (byRule[finding.id] ?? 0) + 1;
  }
  const counts = countsText(errors, warnings);
  const confirm = counts
    ? { export: `Báo cáo còn ${counts}. ${QUESTION.export}`, finish: `Báo cáo còn ${counts}. ${QUESTION.finish}` }
    : null;
  return { errors, warnings, fixable, byRule, status: counts ? `Còn ${counts}` : 'Không phát hiện vấn đề nào', confirm };
}
