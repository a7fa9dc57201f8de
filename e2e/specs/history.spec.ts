/** "Lịch sử phiên bản": save a version, restore it, and undo through the pre-restore version. */
import { PreviewPage } from '../pages/preview-page';
import { expect, test } from '../support/fixtures';

const FIRST = 'Báo cáo phiên bản một';
const SECOND = 'Báo cáo phiên bản hai';

test('restoring a saved version brings its content back and keeps the replaced one in history', async ({ drafts, editor, history, page }) => {
  await drafts.createDraft();
  await editor.fill('title', FIRST);
  await editor.expectSaved();
  await history.open();
  await history.saveRevision();
  await expect(history.byReason('manual')).toHaveCount(1);
  await expect(history.byReason('manual').getByTestId('revision-reason')).toHaveText('Thủ công');

  await editor.field('title').fill(SECOND);
  await editor.expectSaved();

  await history.view(history.byReason('manual'));
  await expect(new PreviewPage(page, 'revision-preview').summary).toHaveText(FIRST);
  const question = await history.restoreViewed('confirm');
  expect(question).toContain('Khôi phục phiên bản #');

  await expect(editor.field('title')).toHaveValue(FIRST);
  await expect(page.getByTestId('notice').filter({ hasText: 'hoàn tác' })).toBeVisible();
  // The content that was replaced is a version of its own, so the restore can be undone.
  await expect(history.panel).toBeVisible();
  await expect(history.byReason('restore')).toHaveCount(1);
  await expect(history.byReason('restore').getByTestId('revision-reason')).toHaveText('Trước khi khôi phục');
  await history.view(history.byReason('restore'));
  await expect(new PreviewPage(page, 'revision-preview').summary).toHaveText(SECOND);

  await editor.expectSaved();
  await drafts.reload();
  await drafts.open(FIRST);
  await editor.goTo('opening');
  await expect(editor.field('title')).toHaveValue(FIRST);
});
