/** Search on the start screen: done in main, diacritic-insensitive, with highlighted matches. */
import { expect, test } from '../support/fixtures';

const QUANG_TRI = 'Công tác tuyên truyền cải cách hành chính năm 2023';
const QUANG_NGAI = 'Kết quả thực hiện công tác tuyên truyền về cải cách hành chính năm 2023';

test('typing "quang tri" without diacritics finds and highlights Quảng Trị', async ({ drafts, seed }) => {
  await seed('seed-quang-tri', 'seed-quang-ngai');
  await expect(drafts.rows).toHaveCount(2);

  await drafts.search('quang tri');
  await expect(drafts.searchSummary).toContainText('Tìm thấy');
  // The draft about Quảng Trị comes first; its matched words are marked.
  const hit = drafts.rows.first();
  await expect(hit.getByTestId('draft-title')).toContainText(QUANG_TRI);
  await expect(hit.locator('mark').first()).toBeVisible();
  const marked = (await hit.locator('mark').allTextContents()).join(' ').toLocaleLowerCase('vi');
  expect(marked).toContain('quảng');
  expect(marked).toContain('trị');

  // A status filter with no match says so; clearing the box brings the whole list back.
  await drafts.page.getByTestId('filter-status').selectOption('final');
  await expect(drafts.searchSummary).toContainText('Không tìm thấy báo cáo nào');
  await expect(drafts.rows).toHaveCount(0);
  await drafts.page.getByTestId('filter-status').selectOption('');
  await drafts.search('');
  await expect(drafts.rows).toHaveCount(2);
  await expect(drafts.row(QUANG_NGAI)).toHaveCount(1);
});
