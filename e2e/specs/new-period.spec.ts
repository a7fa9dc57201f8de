/**
 * "Nhân bản" and "Tạo kỳ mới" on the start screen; "Dùng cho kỳ mới" after a Word import, whose
 * figures of last period stay highlighted in the editor until the clerk touches them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { buildDocx } from '../../src-main/export/docx/build-docx';
import { packDocx } from '../../src-main/export/pack-docx';
import { DraftSchema } from '../../src-main/shared/domain/draft-schema';
import { defaultSettings } from '../../src-main/shared/domain/settings-schema';
import { expect, test } from '../support/fixtures';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const TITLE = 'Công tác tuyên truyền cải cách hành chính năm 2023';

test('duplicate adds a copy; a new period rolls the year, clears the number and asks for review', async ({ drafts, editor, page, seed }) => {
  await seed('seed-quang-tri');
  await drafts.open(TITLE);
  await editor.field('number').fill('15');
  await editor.expectSaved();
  await editor.back();
  const [original] = await drafts.ids();
  expect(original).toBeTruthy();

  await drafts.duplicate(drafts.rowById(original ?? ''));
  await expect(drafts.status).toContainText('Đã nhân bản');
  await expect(drafts.rows).toHaveCount(2);
  await expect(drafts.row(TITLE)).toHaveCount(2);
  expect(new Set(await drafts.ids()).size).toBe(2);

  await drafts.newPeriod(drafts.rowById(original ?? ''));
  await editor.goTo('opening');
  await expect(editor.field('title')).toHaveValue(/năm 2024/);
  await expect(editor.field('title')).not.toHaveValue(/năm 2023/);
  await editor.goTo('header');
  await expect(editor.field('number')).toHaveValue('');
  await expect(editor.field('year')).toHaveValue('2024');
  await expect(page.getByTestId('badge-needs-review')).toHaveText('Cần rà soát');

  // Reviewed: the badge goes and stays gone.
  await page.getByTestId('btn-mark-reviewed').click();
  await expect(page.getByTestId('badge-needs-review')).toHaveCount(0);
  await editor.expectSaved();
  await editor.back();
  await expect(drafts.rows).toHaveCount(3);
  await drafts.reload();
  await drafts.open('hành chính năm 2024');
  await expect(editor.field('number')).toHaveValue('');
  await expect(page.getByTestId('badge-needs-review')).toHaveCount(0);
});

test('“Dùng cho kỳ mới” after a Word import highlights last period’s figures until each is touched, across steps and reloads', async ({ drafts, editor, page }) => {
  // Last period's report as the app exported it: the opening says "năm 2023" twice.
  const source = DraftSchema.parse(JSON.parse(await readFile(join(import.meta.dirname, '../fixtures/drafts/seed-quang-tri.json'), 'utf8')));
  const bytes = Buffer.from(await packDocx(buildDocx(source, defaultSettings().layout).document));
  await page.getByTestId('import-docx-input').setInputFiles({ name: 'bao-cao-2023.docx', mimeType: DOCX, buffer: bytes });
  await page.getByTestId('btn-import-new-period').click();
  await expect(editor.root).toBeVisible();

  await editor.goTo('opening');
  const figures = editor.opening.locator('mark.rt-review-figure');
  await expect(figures).toHaveText(['2023', '2023']);
  await expect(figures.first()).toHaveAttribute('title', 'Số liệu kỳ trước, cần rà soát');
  await expect(figures.first()).toHaveAttribute('aria-description', 'Số liệu kỳ trước, cần rà soát');
  // Plan references ("22/KH-UBND", "07/02/2023") are no figures of the period.
  await expect(editor.opening).toContainText('Kế hoạch số 22/KH-UBND ngày 07/02/2023');
  const axe = await new AxeBuilder({ page }).include('[data-testid="opening-block"]').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The clerk corrects the first one: its highlight goes, the other stays; the text is stored plain.
  await figures.first().dblclick();
  await page.keyboard.type('2024');
  await expect(figures).toHaveText(['2023']);
  await expect(editor.opening).toContainText('tỉnh Quảng Trị năm 2024;');
  await editor.expectSaved();

  // Another step and back, then a reload: still the one left, and only it.
  await editor.goTo('content');
  await editor.goTo('opening');
  await expect(figures).toHaveText(['2023']);
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await expect(editor.screen('opening')).toBeVisible();
  await expect(figures).toHaveText(['2023']);
  await expect(editor.opening).toContainText('tỉnh Quảng Trị năm 2024;');

  // "Đã rà soát xong": every highlight goes at once, and stays gone.
  await page.getByTestId('btn-mark-reviewed').click();
  await expect(figures).toHaveCount(0);
  await editor.expectSaved();
  await editor.back();
  await drafts.open('cải cách hành chính năm 2024');
  await editor.goTo('opening');
  await expect(editor.opening).toContainText('như sau:');
  await expect(figures).toHaveCount(0);
});
