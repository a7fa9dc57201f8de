/**
 * Appendices (spec §13, Mẫu 2.1): each is its own section, starting on a new page with its page
 * numbers restarting at 1. "Phụ lục I, II, …" (just "Phụ lục" when there is one), the title in
 * capitals, the italic "(Kèm theo Báo cáo số …)" line with the blanks kept visible, a short rule,
 * then the content ending in "./.".
 */
import type { ISectionOptions } from 'docx';
import { formatDatePhrase } from '../../shared/domain/dates';
import { BLANK_NUMBER, formatDocNumber, formatKyHieu } from '../../shared/domain/doc-number';
import type { Appendix, Draft } from '../../shared/domain/draft-schema';
import { toRoman } from '../../shared/domain/numbering';
import { agencyNameInSentence } from './agency-name';
import { appendixBody } from './body';
import type { BuildContext } from './context';
import { pageFooters, pageHeaders, sectionProperties } from './page';
import { centred, ruleParagraph } from './paragraph-kit';
import { textRuns } from './runs';
import { longestLineTwips } from './text-width';

/** Share of the appendix rule in the title's longest line. */
const RULE_RATIO = 0.4;

/** "Phụ lục I" … or "Phụ lục" when the report has a single appendix (NĐ30 III.1). */
export function appendixLabel(index: number, count: number): string {
  return count > 1 ? `Phụ lục ${toRoman(index + 1)}` : 'Phụ lục';
}

/** "(Kèm theo Báo cáo số      /BC-STTTT ngày      tháng 11 năm 2023 của Sở Thông tin và Truyền thông)". */
export function appendixReference(draft: Draft): string {
  const number = formatDocNumber(draft.header.number) || BLANK_NUMBER;
  const agency = agencyNameInSentence(draft.header.issuingAgency);
  const of = agency ? ` của ${agency}` : '';
  return `(Kèm theo Báo cáo số ${number}/${formatKyHieu(draft.header)} ${formatDatePhrase(draft.header.date)}${of})`;
}

function appendixSection(ctx: BuildContext, draft: Draft, appendix: Appendix, index: number, count: number): ISectionOptions {
  const { sizes, geometry } = ctx;
  const title = ctx.clean(appendix.title).trim();
  const reference = ctx.clean(appendixReference(draft));
  const measured = title ? title.toLocaleUpperCase('vi') : reference;
  const longest = longestLineTwips(measured, title ? sizes.appendixTitle : sizes.appendixRef, title ? 'bold' : 'italic', geometry.textWidth);
  const children = [
    centred(textRuns(ctx, appendixLabel(index, count), { sizePt: sizes.appendixLabel, bold: true }), {}, true),
    ...(title ? [centred(textRuns(ctx, title, { sizePt: sizes.appendixTitle, bold: true, caps: true }), {}, true)] : []),
    centred(textRuns(ctx, reference, { sizePt: sizes.appendixRef, italics: true }), {}, true),
    ruleParagraph(ctx, longest * RULE_RATIO, geometry.textWidth, 120),
    ...appendixBody(ctx, appendix.blocks, appendix.sections, draft.outlineStart),
  ];
  return {
    properties: sectionProperties(ctx, true),
    headers: pageHeaders(ctx),
    footers: pageFooters(null),
    children,
  };
}

/** One section per appendix. */
export function appendixSections(ctx: BuildContext, draft: Draft): ISectionOptions[] {
  return draft.appendices.map((appendix, i) => appendixSection(ctx, draft, appendix, i, draft.appendices.length));
}
