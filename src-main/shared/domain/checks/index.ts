/** The NĐ30 checks of a draft: findings with a path to jump to and an optional one-click fix. */
export { checkDraft, CHECK_FAMILIES } from './registry';
export { countsText, findingsSummary, type CheckedAction, type FindingsSummary } from './summary';
export type { CheckFamily, FieldPath, Finding, Fix, Severity } from './types';
