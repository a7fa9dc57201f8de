/**
 * Appendices of the plan: each its own docx section (new page, its own orientation, page numbers
 * restarting at 1): label, title, reference line, rule, then the content.
 */
import type { ISectionOptions } from 'docx';
import type { AppendixPlan } from '../../shared/layout';
import { blockElements } from './body';
import type { BuildContext } from './context';
import { pageFooters, pageHeaders, sectionProperties } from './page';
import { ruleParagraph, textParagraph } from './paragraph-kit';

function appendixSection(ctx: BuildContext, appendix: AppendixPlan): ISectionOptions {
  const children = [
    textParagraph(ctx, appendix.label),
    ...(appendix.title ? [textParagraph(ctx, appendix.title)] : []),
    textParagraph(ctx, appendix.reference),
    ruleParagraph(appendix.rule),
    ...blockElements(ctx, appendix.blocks),
  ];
  return {
    properties: sectionProperties(appendix.page, true),
    headers: pageHeaders(ctx.plan.pageNumbers),
    footers: pageFooters(null),
    children,
  };
}

/** One section per appendix. */
export function appendixSections(ctx: BuildContext): ISectionOptions[] {
  return ctx.plan.appendices.map((a) => appendixSection(ctx, a));
}
