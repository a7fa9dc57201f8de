/**
 * Appendices (docs/layout-rules.md §13, Mẫu 2.1): each starts a new page and counts its pages
 * from 1, portrait or landscape. "Phụ lục I, II, …" ("Phụ lục" alone when there is one), the
 * title in capitals balanced like the main title, the italic "(Kèm theo Báo cáo số …)" line with
 * its blanks kept, a short rule, then the content ending in "./.".
 */
import { formatDatePhrase } from '../domain/dates';
import { BLANK_NUMBER, formatDocNumber, formatKyHieu } from '../domain/doc-number';
import type { Appendix, Draft } from '../domain/draft-schema';
import { toRoman } from '../domain/numbering';
import { agencyNameInSentence } from './agency-name';
import { planAppendixContent, type BodyContext } from './body-plan';
import { APPENDIX_RULE_AFTER, APPENDIX_WORD, DOC_TYPE, SHORT_RULE_RATIO } from './constants';
import { capsLines, type CapsLines } from './caps';
import { font, rule, textLines } from './lines';
import { pageGeometry } from './page-geometry';
import type { AppendixPlan } from './plan-types';
import { balancedTitleLines, textWidthTwips } from './text-width';

/** "Phụ lục I" … or "Phụ lục" when the report has a single appendix (NĐ30 III.1). */
export function appendixLabel(index: number, count: number): string {
  return count > 1 ? `${APPENDIX_WORD} ${toRoman(index + 1)}` : APPENDIX_WORD;
}

/** The document type as it reads inside a sentence: "Báo cáo". */
const docTypeInSentence = (): string => DOC_TYPE.charAt(0) + DOC_TYPE.slice(1).toLocaleLowerCase('vi');

/** "(Kèm theo Báo cáo số      /BC-STTTT ngày      tháng 11 năm 2023 của Sở Thông tin và Truyền thông)". */
export function appendixReference(draft: Draft): string {
  const number = formatDocNumber(draft.header.number) || BLANK_NUMBER;
  const agency = agencyNameInSentence(draft.header.issuingAgency);
  const of = agency ? ` của ${agency}` : '';
  return `(Kèm theo ${docTypeInSentence()} số ${number}/${formatKyHieu(draft.header)} ${formatDatePhrase(draft.header.date)}${of})`;
}

/** An appendix title in capitals, balanced like the trích yếu (§13, §5), at `sizePt` in `width`. */
export function appendixTitleLines(title: string, sizePt: number, width: number): CapsLines {
  return capsLines(title, (printed) => balancedTitleLines(printed, sizePt, 'bold', width));
}

function planAppendix(ctx: Omit<BodyContext, 'textWidth'>, draft: Draft, appendix: Appendix, index: number, count: number): AppendixPlan {
  const { sizes } = ctx;
  const page = pageGeometry(ctx.layout, appendix.orientation);
  const title = appendixTitleLines(appendix.title, sizes.appendixTitle, page.textWidth);
  const reference = appendixReference(draft);
  const measured = title.lines.length > 0 ? title.lines.map((l) => textWidthTwips(l, sizes.appendixTitle, 'bold')) : [textWidthTwips(reference, sizes.appendixRef, 'italic')];
  const longest = Math.min(page.textWidth, Math.max(...measured));
  return {
    id: appendix.id,
    page,
    label: textLines([appendixLabel(index, count)], font(sizes.appendixLabel, true), { keepWithNext: true }),
    title: title.lines.length > 0 ? textLines(title, font(sizes.appendixTitle, true), { keepWithNext: true }) : null,
    reference: textLines([reference], font(sizes.appendixRef, false, true), { keepWithNext: true }),
    rule: rule(longest * SHORT_RULE_RATIO, page.textWidth, ctx.layout.ruleWeightPt, APPENDIX_RULE_AFTER),
    blocks: planAppendixContent({ ...ctx, textWidth: page.textWidth }, appendix.blocks, appendix.sections, draft.outlineStart),
  };
}

/** One plan per appendix, in order. */
export function planAppendices(ctx: Omit<BodyContext, 'textWidth'>, draft: Draft): AppendixPlan[] {
  return draft.appendices.map((a, i) => planAppendix(ctx, draft, a, i, draft.appendices.length));
}
