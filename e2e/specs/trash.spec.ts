/** Bulk delete asks first; the trash lists, restores and empties. */
import { expect, test } from '../support/fixtures';

const QUANG_TRI = 'Công tác tuyên truyền cải cách hành chính năm 2023';
const QUANG_NGAI = 'Kết quả thực hiện công tác tuyên truyền về cải cách hành chính năm 2023';
const FULL = 'Kết quả thực hiện công tác cải cách hành chính năm 2023';

test('bulk delete asks first, the trash restores one and empties the rest', async ({ drafts, nav, trash, seed }) => {
  await seed('seed-quang-tri', 'seed-quang-ngai', 'full-feature');
  await expect(drafts.rows).toHaveCount(3);
  await drafts.select(drafts.row(QUANG_TRI));
  await drafts.select(drafts.row(QUANG_NGAI));
  await expect(drafts.page.getByTestId('selected-count')).toHaveText('Đã chọn 2 báo cáo');

  // Cancelling changes nothing.
  expect(await drafts.deleteSelected('cancel')).toBe('Chuyển 2 báo cáo vào thùng rác?');
  await expect(drafts.rows).toHaveCount(3);

  expect(await drafts.deleteSelected('confirm')).toBe('Chuyển 2 báo cáo vào thùng rác?');
  await expect(drafts.status).toContainText('Đã chuyển 2 báo cáo vào thùng rác');
  await expect(drafts.rows).toHaveCount(1);
  await expect(drafts.row(FULL)).toHaveCount(1);

  await nav.go('trash');
  await expect(trash.note).toContainText('Tự động xóa vĩnh viễn sau 30 ngày');
  await expect(trash.rows).toHaveCount(2);
  await expect(trash.row(QUANG_TRI).getByTestId('trash-deleted-at')).toContainText('Xóa lúc');

  await trash.restore(QUANG_TRI);
  await expect(trash.status).toContainText('Đã khôi phục');
  await expect(trash.rows).toHaveCount(1);
  await nav.go('drafts');
  await expect(drafts.rows).toHaveCount(2);
  await expect(drafts.row(QUANG_TRI)).toHaveCount(1);

  await nav.go('trash');
  expect(await trash.empty('confirm')).toBe('Xóa vĩnh viễn 1 báo cáo trong thùng rác?');
  await expect(trash.emptyState).toBeVisible();
  await expect(trash.rows).toHaveCount(0);

  // Stored, not just on screen.
  await drafts.reload();
  await expect(drafts.rows).toHaveCount(2);
  await nav.go('trash');
  await expect(trash.emptyState).toBeVisible();
});
