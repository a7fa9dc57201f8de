/** What the version 2 model adds, reached from the editor: two authority lines, a blank month, parts and landscape appendices. */
import { expect, test } from '../support/fixtures';

test('a People’s Committee signature block, a blank month, parts and a landscape appendix are kept across a reload', async ({ drafts, editor, page }) => {
  const title = 'Báo cáo thử mô hình mới';
  await drafts.createDraft();
  await editor.fill('title', title);

  // The common single-prefix form first, then "TM. ỦY BAN NHÂN DÂN" added above "KT. CHỦ TỊCH".
  await editor.goTo('signer');
  await editor.field('signerPrefix').selectOption('KT.');
  await editor.field('authorityTitle').fill('CHỦ TỊCH');
  await editor.field('signerTitle').fill('PHÓ CHỦ TỊCH');
  await editor.field('signerName').fill('Lê Văn Bình');
  await page.getByTestId('btn-add-upper').click();
  await expect(editor.field('upperPrefix')).toHaveValue('TM.');
  await editor.field('upperTitle').fill('ỦY BAN NHÂN DÂN');
  await expect(page.getByTestId('btn-add-upper')).toHaveCount(0);
  // Below TM. only the prefixes NĐ30 puts there are offered.
  await expect(editor.field('signerPrefix').locator('option')).toHaveText([/^KT\./, /^Q\./]);

  await editor.goTo('header');
  await editor.field('place').fill('Lào Cai');
  await editor.field('day').selectOption('5');
  await editor.field('month').selectOption({ label: 'Để trống tháng' });
  await expect(editor.field('day')).toHaveValue('');
  // Both blanks are non-breaking spaces the văn thư writes over; the year stays.
  const blank = '\u00A0'.repeat(6);
  const year = await editor.field('year').inputValue();
  await expect(page.getByTestId('derived-dateLine')).toHaveText(`Lào Cai, ngày ${blank} tháng ${blank} năm ${year}`);

  await editor.goTo('content');
  await editor.field('partStyle').selectOption('words');
  await editor.addSection();
  await editor.sectionTitle('0').fill('Kết quả thực hiện');
  await editor.addChildSection('0');
  await editor.sectionTitle('0.0').fill('Công tác chỉ đạo');
  await expect(editor.sectionLabel('0')).toHaveText('Phần thứ nhất');
  await expect(editor.sectionLabel('0.0')).toHaveText('I.');

  await editor.unfoldAll();
  await page.getByTestId('btn-add-appendix').click();
  await page.getByTestId('appendix-landscape-0').check();
  await editor.expectSaved();

  await drafts.reload();
  await drafts.open(title);
  await editor.goTo('signer');
  await expect(editor.field('upperPrefix')).toHaveValue('TM.');
  await expect(editor.field('upperTitle')).toHaveValue('ỦY BAN NHÂN DÂN');
  await expect(editor.field('signerPrefix')).toHaveValue('KT.');
  await expect(editor.field('authorityTitle')).toHaveValue('CHỦ TỊCH');
  await expect(editor.field('signerTitle')).toHaveValue('PHÓ CHỦ TỊCH');
  await editor.goTo('header');
  await expect(editor.field('month')).toHaveValue('');
  await editor.goTo('content');
  await expect(editor.sectionLabel('0')).toHaveText('Phần thứ nhất');
  await expect(page.getByTestId('appendix-landscape-0')).toBeChecked();

  await editor.goTo('signer');
  await page.getByTestId('btn-remove-upper').click();
  await expect(editor.field('upperPrefix')).toHaveCount(0);
  await expect(editor.field('signerPrefix')).toHaveValue('KT.');
  await editor.expectSaved();
});
