/** Entry of the page plan: a draft and layout settings in, every layout decision out (see index.ts). */
import type { Draft } from '../domain/draft-schema';
import type { Layout } from '../domain/settings-schema';
import { planAppendices } from './appendix-plan';
import { planMainContent, type BodyContext } from './body-plan';
import { cleanDraft } from './clean-draft';
import type { LayoutCache } from './layout-cache';
import { font, textLines } from './lines';
import { pageGeometry } from './page-geometry';
import { planHeader } from './header-plan';
import type { BodyStyle, PagePlan } from './plan-types';
import { planSignature } from './signature-plan';
import { sizesFor } from './sizes';
import { planKinhGui, planTitle } from './title-plan';
import { cmToTwips, ptToTwips } from './units';

/**
 * The page plan of a draft; its text is cleaned first (NFC, characters XML forbids removed and
 * counted). With a cache, what the plan before made from the parts this draft shares with it is
 * used again (layout-cache.ts); the plan is the same.
 */
export function planPages(source: Draft, layout: Layout, cache?: LayoutCache): PagePlan {
  cache?.begin(JSON.stringify(layout));
  const { draft, removed } = cleanDraft(source, cache);
  const sizes = sizesFor(layout.sizePreset);
  const page = pageGeometry(layout);
  const body: BodyStyle = {
    font: font(sizes.body),
    align: 'justify',
    firstLineIndent: cmToTwips(layout.firstLineIndentCm),
    spaceBefore: ptToTwips(layout.paragraphSpacingPt),
    lineSpacing: layout.lineSpacing,
    footnoteSizePt: sizes.footnote,
  };
  const ctx: BodyContext = { layout, sizes, body, textWidth: page.textWidth, footnotes: { next: 1 }, cache };
  const address = draft.marks.addressLine.replace(/\s+/gu, ' ').trim();
  const header = planHeader(draft, layout, page, sizes);
  return {
    sizes,
    page,
    pageNumbers: { position: 'top-center', font: font(sizes.pageNumber), hiddenOnFirstPage: true, restartEachAppendix: true },
    body,
    header,
    title: planTitle(draft, layout, page, sizes),
    kinhGui: planKinhGui(draft, page, sizes),
    // Content before appendices: footnotes are numbered in reading order.
    content: planMainContent(ctx, draft),
    signature: planSignature(draft, layout, page, sizes),
    addressLine: address ? { ...textLines([address], font(sizes.addressLine)), ruleWeightPt: layout.ruleWeightPt } : null,
    appendices: planAppendices(ctx, draft),
    documentTitle: draft.title.replace(/\s+/gu, ' ').trim(),
    documentAuthor: header.issuingAgency.lines.join(' '),
    removedCharacters: removed,
  };
}
