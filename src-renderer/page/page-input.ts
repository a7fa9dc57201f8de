/** Checks what a caller hands the page: a draft and layout settings, through the shared schemas. */
import { describeZodError } from '@shared/api/dispatch';
import { DraftSchema, type Draft } from '@shared/domain/draft-schema';
import { LayoutSchema, type Layout } from '@shared/domain/settings-schema';
import { planPages } from '@shared/layout';
import type { LayoutCache } from '@shared/layout/layout-cache';
import { renderPageDocument, type PageDocument } from '@shared/layout/html';
import type { PageInput } from './page-api';

/** The validated draft and layout; throws an Error whose message names the wrong field. */
export function parsePageInput(input: PageInput | null | undefined): { draft: Draft; layout: Layout } {
  if (input === null || typeof input !== 'object') throw new Error('Thiếu bản thảo và cài đặt trình bày để dựng trang');
  const draft = DraftSchema.safeParse(input.draft);
  if (!draft.success) throw new Error(`Bản thảo không hợp lệ. ${describeZodError(draft.error)}`);
  const layout = LayoutSchema.safeParse(input.layout ?? {});
  if (!layout.success) throw new Error(`Cài đặt trình bày không hợp lệ. ${describeZodError(layout.error)}`);
  return { draft: draft.data, layout: layout.data };
}

/**
 * The page document of a draft already checked: planned and rendered to HTML strings (DOM-free:
 * the preview's worker uses it, with a cache that keeps what the draft before it made).
 */
export function documentOf(draft: Draft, layout: Layout, cache?: LayoutCache): PageDocument {
  return renderPageDocument(planPages(draft, layout, cache), cache);
}

/** Builds the page document of an input: validated, planned, rendered to HTML strings. */
export function pageDocumentOf(input: PageInput): PageDocument {
  const { draft, layout } = parsePageInput(input);
  return documentOf(draft, layout);
}
