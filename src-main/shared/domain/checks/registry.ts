/**
 * The NĐ30 checks: every rule family, and checkDraft, which walks a draft once and collects
 * their findings. The checks only report: nothing they find blocks saving or exporting.
 */
import type { Draft } from '../draft-schema';
import { content } from './content';
import { finalPunctuation } from './final-punctuation';
import { header } from './header';
import { legacyEncoding } from './legacy-encoding';
import { monthFormat } from './month-format';
import { recipients } from './recipients';
import { requiredFields } from './required-fields';
import { signerFit } from './signer-fit';
import { titleCase } from './title-case';
import type { CheckFamily, CheckHooks, Finding } from './types';
import { walkDraft } from './walk';

/** Every rule family, in the order their findings are listed. */
export const CHECK_FAMILIES: readonly CheckFamily[] = [
  requiredFields,
  content,
  header,
  titleCase,
  signerFit,
  recipients,
  legacyEncoding,
  monthFormat,
  finalPunctuation,
];

/** One set of hooks that calls every family's hooks. */
function combine(runs: readonly CheckHooks[]): Required<CheckHooks> {
  const pick = <K extends keyof CheckHooks>(name: K) => runs.map((run) => run[name]).filter((hook) => hook !== undefined) as Array<NonNullable<CheckHooks[K]>>;
  const drafts = pick('draft');
  const texts = pick('text');
  const blocks = pick('block');
  const sections = pick('section');
  const ends = pick('end');
  return {
    draft: (draft, report) => drafts.forEach((hook) => hook(draft, report)),
    text: (item, report) => texts.forEach((hook) => hook(item, report)),
    block: (item, report) => blocks.forEach((hook) => hook(item, report)),
    section: (item, report) => sections.forEach((hook) => hook(item, report)),
    end: (scope, draft, report) => ends.forEach((hook) => hook(scope, draft, report)),
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

/** The problems of a draft, errors before warnings (each kept in the order the walk met them). Pure. */
export function checkDraft(draft: Draft, families: readonly CheckFamily[] = CHECK_FAMILIES): Finding[] {
  const findings: Finding[] = [];
  walkDraft(draft, combine(families.map((family) => family.create())), (finding) => findings.push(finding));
  // Stable sort: reading order is kept within each severity.
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
