/** "Nhân bản" and "Tạo kỳ mới" on the start screen. */
import { expect, test } from '../support/fixtures';

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
