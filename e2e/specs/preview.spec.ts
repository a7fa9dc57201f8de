/**
 * The live preview beside the editor: the report as printed A4 pages (the page document the
 * print and the PDF use), the same fixed parts as the DOCX, following what the clerk types and
 * the part being edited, zoom to the panel or 100 %, and no script from the draft ever running.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DraftSchema } from '../../src-main/shared/domain/draft-schema';
import { defaultSettings } from '../../src-main/shared/domain/settings-schema';
import { fixedLines, planPages } from '../../src-main/shared/layout';
import { SCRIPT_CANARY } from '../../src-main/export/pdf/test-pdf';
import type { Page } from '@playwright/test';
import { PAGE_PATH } from '../../src-renderer/features/output/print-in-browser';
import { PAGE_CONTENTS, PreviewPage, type PageContent } from '../pages/preview-page';
import { docxText } from '../support/docx-text';
import { expect, test } from '../support/fixtures';
import { findInOrder } from '../support/seed-text';

const fullFeature = DraftSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/drafts/full-feature.json'), 'utf8')));
const TITLE_LINE = fullFeature.title.split('\n')[0] ?? '';

test('shows the report as printed pages with the same fixed parts as the DOCX', async ({ seed, drafts, editor, page }) => {
  await seed('full-feature');
  await drafts.open(TITLE_LINE);
  const preview = new PreviewPage(page);
  const pageCount = await preview.settled();
  expect(pageCount).toBeGreaterThan(1);
  await expect(preview.root.getByTestId('preview-pages')).toHaveText(`${pageCount} trang`);
  // A4 sheets: 210 mm wide at 96 px per inch.
  expect(await preview.evaluateInPage<number>(`document.querySelector('.bc-render .pagedjs_page').offsetWidth`)).toBe(794);

  const expected = fixedLines(planPages(fullFeature, defaultSettings().layout));
  expect(expected.length).toBeGreaterThan(15);
  expect(await preview.fixedLines()).toEqual(expected);
  // The DOCX prints the very same lines, in the same order.
  const docx = await docxText(await editor.exportDocx());
  expect(findInOrder(docx, expected.map((line) => line.text), { ignoreCase: false }).missing).toEqual([]);
});

test('follows typing at once, then lays the pages out again', async ({ seed, drafts, editor, page }) => {
  await seed('full-feature');
  await drafts.open(TITLE_LINE);
  const preview = new PreviewPage(page);
  await preview.settled();
  await editor.goTo('opening');
  const block = editor.opening.locator(':scope > *').first();
  await editor.caretAtEnd(block);
  // Typed key by key, as a clerk types; every key is taken by the editor at once.
  await page.keyboard.type(' Gõ thử xem trước', { delay: 30 });
  await expect(block).toHaveText(/Gõ thử xem trước$/);
  await expect(preview.shown('[data-part="c0"]')).toContainText('Gõ thử xem trước', { timeout: 2_000 });
  // Once typing pauses the report is paginated again, and the edit is still there.
  await preview.settled();
  await expect(preview.shown('[data-part="c0"]')).toContainText('Gõ thử xem trước');

  await editor.fill('title', 'Báo cáo xem trước tức thì');
  await expect(preview.summary).toHaveText('Báo cáo xem trước tức thì');
});

/** Calls the loopback API from the app's page. */
async function callApi<T>(page: Page, method: string, args: object): Promise<T> {
  const answer = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [method, args] as const,
  );
  expect(answer.ok, `${method}: ${answer.error?.message ?? ''}`).toBe(true);
  return answer.value as T;
}

/** The pages a full layout of the stored draft gives, in a page document of its own. */
async function fullLayout(page: Page, appUrl: string, id: string): Promise<PageContent[]> {
  const draft = await callApi<unknown>(page, 'getDraft', { id });
  const { layout } = await callApi<{ layout: unknown }>(page, 'getSettings', {});
  const other = await page.context().newPage();
  try {
    await other.goto(new URL(PAGE_PATH, appUrl).href);
    await other.waitForFunction(() => Boolean(window.baocaoPage));
    await other.evaluate(async (input) => {
      await window.baocaoPage!.render(input);
    }, { draft, layout });
    return (await other.evaluate(PAGE_CONTENTS)) as PageContent[];
  } finally {
    await other.close();
  }
}

test('once typing pauses, the pages are those a full layout of the draft gives', async ({ seed, drafts, editor, page, app }) => {
  await seed('full-feature');
  await drafts.open(TITLE_LINE);
  const preview = new PreviewPage(page);
  await preview.settled();
  const listed = await callApi<{ id: string }[]>(page, 'listDrafts', {});
  expect(listed).toHaveLength(1);
  const id = listed[0]?.id ?? '';
  await editor.goTo('opening');
  const block = editor.opening.locator(':scope > *').first();
  // A couple of letters (the lines may well stay as they were), then a sentence (they cannot).
  for (const typed of ['ab', ' cùng một câu dài thêm vào cuối đoạn mở đầu để đoạn văn phải xuống thêm ít nhất một dòng nữa']) {
    await editor.caretAtEnd(block);
    await page.keyboard.type(typed, { delay: 20 });
    await expect(preview.shown('[data-part="c0"]').first()).toContainText(typed.trim().slice(-20));
    const saved = async () => JSON.stringify((await callApi<{ opening: unknown }>(page, 'getDraft', { id })).opening);
    await expect.poll(saved, { timeout: 10_000 }).toContain(typed.slice(-20));
    await preview.settled();
    const full = await fullLayout(page, app.url, id);
    expect(full.length).toBeGreaterThan(1);
    expect(await preview.pageContents()).toEqual(full);
  }
});

test('scrolls to the part being edited and zooms to the panel or to 100 %', async ({ seed, drafts, editor, page }) => {
  await seed('full-feature');
  await drafts.open(TITLE_LINE);
  const preview = new PreviewPage(page);
  await preview.settled();
  const fit = Number(await preview.evaluateInPage<string>('document.documentElement.dataset.scale'));
  expect(fit).toBeLessThan(1);

  const inView = (selector: string) =>
    preview.evaluateInPage<boolean>(`(() => {
      const el = document.querySelector('.bc-render:not([data-pending]) .pagedjs_page_content ${selector}');
      const top = el ? el.getBoundingClientRect().top : -1;
      return top >= 0 && top < window.innerHeight;
    })()`);
  expect(await inView('[data-part="signature"]')).toBe(false);
  await editor.goTo('signer');
  await editor.unfoldAll();
  await editor.page.getByTestId('panel-signer').locator('input, textarea').first().focus();
  await expect.poll(() => inView('[data-part="signature"]')).toBe(true);
  await editor.goToField('title');
  await editor.field('title').focus();
  await expect.poll(() => inView('[data-part="title"]')).toBe(true);
  // A section: its heading; an appendix: its first page.
  const last = fullFeature.sections[fullFeature.sections.length - 1];
  await editor.goTo('content');
  await editor.unfoldAll();
  await editor.sectionTitle(String(fullFeature.sections.length - 1)).focus();
  await expect.poll(() => inView(`[data-section="${last?.id ?? ''}"]`)).toBe(true);
  await editor.page.getByTestId('appendix-title-1').focus();
  await expect.poll(() => inView(`[data-appendix="${fullFeature.appendices[1]?.id ?? ''}"]`)).toBe(true);

  await preview.root.getByTestId('preview-actual').click();
  await expect.poll(() => preview.evaluateInPage<string>('document.documentElement.dataset.scale')).toBe('1.000');
  await preview.root.getByTestId('preview-fit').click();
  await expect.poll(async () => Number(await preview.evaluateInPage<string>('document.documentElement.dataset.scale'))).toBeCloseTo(fit, 3);
});

test('shows script typed into the draft as text and never runs it', async ({ drafts, editor, page }) => {
  await drafts.createDraft();
  await editor.fill('issuingAgency', `Sở ${SCRIPT_CANARY}`);
  await editor.fill('title', `Báo cáo ${SCRIPT_CANARY}`);
  await editor.opening.fill(`Mở đầu ${SCRIPT_CANARY}`);
  const preview = new PreviewPage(page);
  // Balanced titles break between words: compare without the spacing.
  const bare = SCRIPT_CANARY.replace(/\s+/g, '');
  const printed = async (selector: string) => (await preview.shown(selector).first().innerText()).replace(/\s+/g, '');
  await expect.poll(() => printed('.bc-summary')).toContain(bare);
  await preview.settled();
  await expect.poll(() => printed('[data-part="c0"]')).toContain(bare);
  await expect.poll(() => printed('.bc-issuing-agency')).toContain(bare.toLocaleUpperCase('vi'));
  expect(await preview.evaluateInPage('window.__pwned ?? null')).toBeNull();
  expect(await page.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  expect(await preview.evaluateInPage<number>('document.images.length')).toBe(0);
});

test('the "Xem trước" switch hides the pages to widen the fields, and the choice is kept', async ({ seed, drafts, editor, page }) => {
  await seed('full-feature');
  await drafts.open(TITLE_LINE);
  const preview = new PreviewPage(page);
  await preview.settled();
  const toggle = page.getByTestId('btn-preview');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await editor.goTo('opening');
  const field = editor.opening;
  const narrow = (await field.boundingBox())?.width ?? 0;

  await toggle.press('Enter');
  await expect(preview.root).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await field.boundingBox())?.width ?? 0).toBeGreaterThan(narrow + 200);
  // Typing goes on with the preview hidden, and the choice outlives a reload.
  await editor.caretAtEnd(field.locator(':scope > *').first());
  await page.keyboard.type(' ẩn xem trước');
  await page.reload();
  await expect(page.getByTestId('btn-preview')).toHaveAttribute('aria-pressed', 'false');
  await expect(preview.root).toHaveCount(0);

  // The history takes the same place; the switch brings the pages back from there too.
  await page.getByTestId('btn-history').click();
  await expect(page.getByTestId('btn-preview')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('btn-preview').click();
  await expect(page.getByTestId('btn-history')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('btn-preview')).toHaveAttribute('aria-pressed', 'true');
  await preview.settled();
  await expect(preview.shown('[data-part="c0"]')).toContainText('ẩn xem trước');
});
