/** The editor reaches every field of the model, numbers sections, and keeps it all across a reload. */
import { expect, test } from '../support/fixtures';

test('header, lists, signer and drafter fields are kept across a reload', async ({ drafts, editor, page }) => {
  const title = 'Kết quả công tác quý I năm 2024';
  await drafts.createDraft();
  await editor.goTo('header');
  await editor.unfoldAll();
  await editor.field('parentAgency').fill('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI');
  await editor.field('issuingAgency').fill('SỞ TƯ PHÁP');
  await editor.field('agencyAbbr').fill('STP');
  await editor.field('extraGroup').fill('VP');
  await editor.field('place').fill('Quảng Ngãi');
  await editor.field('day').selectOption('5');
  await editor.field('month').selectOption('2');
  await editor.field('year').fill('2024');
  await editor.field('urgency').selectOption('KHẨN');
  await editor.field('draftMark').check();
  await editor.field('addressLine').fill('Số 1 Hùng Vương, TP. Quảng Ngãi');
  await expect(page.getByTestId('derived-soKyHieu')).toHaveText('Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/BC-STP-VP');
  await expect(page.getByTestId('derived-dateLine')).toHaveText('Quảng Ngãi, ngày 05 tháng 02 năm 2024');

  await editor.goTo('opening');
  await editor.field('title').fill(title);
  await page.getByTestId('btn-add-kinhgui').click();
  await page.getByTestId('kinhgui-0').fill('Ủy ban nhân dân tỉnh');
  await editor.opening.fill('Căn cứ Kế hoạch số 15/KH-UBND…');

  await editor.goTo('closing');
  await editor.unfoldAll();
  await editor.field('closing').fill('Trên đây là báo cáo kết quả công tác quý I');
  await page.getByTestId('btn-add-noinhan').click();
  await page.getByTestId('noinhan-0').fill('UBND tỉnh (để b/c)');
  await page.getByTestId('btn-add-noinhan').click();
  await page.getByTestId('noinhan-1').fill('Giám đốc Sở');
  await editor.field('archive').fill('VP');
  await editor.field('drafterCode').fill('TTB');
  await editor.field('copies').fill('12');

  await editor.goTo('signer');
  await editor.field('signerPrefix').selectOption('KT.');
  await editor.field('authorityTitle').fill('GIÁM ĐỐC');
  await editor.field('signerTitle').fill('PHÓ GIÁM ĐỐC');
  await editor.field('signerName').fill('Trần Thị Bình');

  // Nothing left for the checks: "Đã hoàn thành" is set without a question.
  await editor.goTo('review');
  await expect(page.getByTestId('checks-status')).toHaveText('Không phát hiện vấn đề nào');
  await editor.field('status').selectOption('final');
  await expect(editor.confirmDialog).toHaveCount(0);
  await expect(editor.field('status')).toHaveValue('final');
  await editor.expectSaved();

  await drafts.reload();
  await drafts.open(title);
  await editor.goTo('header');
  await editor.unfoldAll();
  await expect(editor.field('parentAgency')).toHaveValue('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI');
  await expect(editor.field('day')).toHaveValue('5');
  await expect(editor.field('month')).toHaveValue('2');
  await expect(editor.field('urgency')).toHaveValue('KHẨN');
  await expect(editor.field('draftMark')).toBeChecked();
  await expect(editor.field('addressLine')).toHaveValue('Số 1 Hùng Vương, TP. Quảng Ngãi');
  await editor.goTo('opening');
  await expect(page.getByTestId('kinhgui-0')).toHaveValue('Ủy ban nhân dân tỉnh');
  await expect(editor.opening).toHaveText('Căn cứ Kế hoạch số 15/KH-UBND…');
  await editor.goTo('closing');
  await editor.unfoldAll();
  await expect(editor.field('closing')).toHaveText('Trên đây là báo cáo kết quả công tác quý I');
  await expect(page.getByTestId('noinhan-1')).toHaveValue('Giám đốc Sở');
  await expect(editor.field('archive')).toHaveValue('VP');
  await expect(editor.field('drafterCode')).toHaveValue('TTB');
  await expect(editor.field('copies')).toHaveValue('12');
  await editor.goTo('signer');
  await expect(editor.field('signerPrefix')).toHaveValue('KT.');
  await expect(editor.field('signerName')).toHaveValue('Trần Thị Bình');
  await editor.goTo('review');
  await expect(editor.field('status')).toHaveValue('final');
});

test('sections are numbered by position and renumbered when moved', async ({ drafts, editor, page }) => {
  await drafts.createDraft();
  await editor.fill('title', 'Báo cáo thử đánh số');
  await editor.addSection();
  await editor.sectionTitle('0').fill('KẾT QUẢ');
  await editor.addSection();
  await editor.sectionTitle('1').fill('PHƯƠNG HƯỚNG');
  await editor.addChildSection('0');
  await editor.sectionTitle('0.0').fill('Công tác tuyên truyền');
  await expect(editor.sectionLabel('0')).toHaveText('I.');
  await expect(editor.sectionLabel('0.0')).toHaveText('1.');
  await expect(editor.sectionLabel('1')).toHaveText('II.');

  await page.getByTestId('btn-section-down-0').click();
  await expect(editor.sectionTitle('0')).toHaveValue('PHƯƠNG HƯỚNG');
  await expect(editor.sectionTitle('1')).toHaveValue('KẾT QUẢ');
  await expect(editor.sectionTitle('1.0')).toHaveValue('Công tác tuyên truyền');
  await expect(page.getByTestId('rail-outline')).toHaveText(/I\. PHƯƠNG HƯỚNG\s*II\. KẾT QUẢ\s*1\. Công tác tuyên truyền/);

  await editor.field('outlineStart').selectOption('arabic');
  await expect(editor.sectionLabel('1')).toHaveText('2.');
  await expect(editor.sectionLabel('1.0')).toHaveText('a)');

  await editor.deleteSection('0');
  await expect(editor.undoToast).toContainText('Đã xóa mục “PHƯƠNG HƯỚNG”');
  await expect(editor.sectionTitle('0')).toHaveValue('KẾT QUẢ');
  await editor.expectSaved();

  await drafts.reload();
  await drafts.open('Báo cáo thử đánh số');
  await editor.goTo('content');
  await expect(editor.sectionTitle('0')).toHaveValue('KẾT QUẢ');
  await expect(editor.sectionTitle('0.0')).toHaveValue('Công tác tuyên truyền');
  await expect(editor.sectionTitle('1')).toHaveCount(0);
});
