/** Drafts end to end in a browser: create, autosave, reload, export, delete, refuse invalid input. */
import { docxText } from '../support/docx-text';
import { expect, test } from '../support/fixtures';

const AGENCY = 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG';
const TITLE = 'Công tác tuyên truyền cải cách hành chính năm 2023';
const SECTION = 'KẾT QUẢ THỰC HIỆN';
const PARAGRAPH = 'Thực hiện Kế hoạch số 22/KH-UBND ngày 07/02/2023 của Ủy ban nhân dân tỉnh…';

test('a new draft keeps Vietnamese text across a reload and exports it to DOCX', async ({ app, drafts, editor }) => {
  await expect(drafts.emptyState).toContainText('Chưa có báo cáo nào');
  await drafts.createDraft();
  await editor.field('issuingAgency').fill(AGENCY);
  await editor.fill('title', TITLE);
  await editor.addSection();
  await editor.sectionTitle('0').fill(SECTION);
  await editor.content('0').fill(PARAGRAPH);
  await editor.expectSaved();

  await drafts.reload();
  await expect(drafts.row(TITLE)).toHaveCount(1);
  // It reopens where the clerk left it: the content step.
  await drafts.open(TITLE);
  await expect(editor.sectionLabel('0')).toHaveText('I.');
  await expect(editor.sectionTitle('0')).toHaveValue(SECTION);
  await expect(editor.block('0', 0)).toHaveText(PARAGRAPH);
  await editor.goTo('header');
  await expect(editor.field('issuingAgency')).toHaveValue(AGENCY);
  await editor.goTo('opening');
  await expect(editor.field('title')).toHaveValue(TITLE);
  await expect(editor.saveState).toHaveText('Đã lưu');

  const path = await editor.exportDocx();
  expect(path.startsWith(app.exportDir), `${path} is in the export folder`).toBe(true);
  // The exporter balances long agency names and titles over two lines: compare with line breaks as spaces.
  const text = (await docxText(path)).normalize('NFC').replace(/\s+/g, ' ');
  for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO', AGENCY, TITLE, SECTION, PARAGRAPH]) {
    expect(text).toContain(expected);
  }
});

test('a deleted draft is gone after the clerk confirms, also after a reload', async ({ drafts, editor }) => {
  for (const title of ['Báo cáo cần xóa', 'Báo cáo giữ lại']) {
    await drafts.createDraft();
    await editor.fill('title', title);
    await editor.expectSaved();
    await editor.back();
  }
  await expect(drafts.rows).toHaveCount(2);

  await drafts.delete('Báo cáo cần xóa', 'cancel');
  await expect(drafts.row('Báo cáo cần xóa')).toHaveCount(1);
  await drafts.delete('Báo cáo cần xóa', 'confirm');
  await expect(drafts.row('Báo cáo cần xóa')).toHaveCount(0);

  await drafts.reload();
  await expect(drafts.row('Báo cáo cần xóa')).toHaveCount(0);
  await expect(drafts.row('Báo cáo giữ lại')).toHaveCount(1);

  await drafts.delete('Báo cáo giữ lại');
  await expect(drafts.emptyState).toBeVisible();
});

test('an invalid number shows a Vietnamese error and the saved draft stays as it was', async ({ drafts, editor, page }) => {
  const title = 'Báo cáo kiểm tra số văn bản';
  await drafts.createDraft();
  await editor.fill('title', title);
  await editor.goTo('header');
  await editor.field('agencyAbbr').fill('STTTT');
  await editor.field('number').fill('15');
  await editor.expectSaved();

  await editor.field('number').fill('12a');
  await expect(editor.saveState).toContainText('Số văn bản chỉ gồm chữ số');
  await expect(page.locator('html')).toHaveAttribute('data-save-state', 'error');
  await expect(page.getByTestId('panel-general').getByRole('alert')).toContainText('Số văn bản chỉ gồm chữ số');
  // The edit stays on screen so the clerk can correct it.
  await expect(editor.field('number')).toHaveValue('12a');

  await drafts.reload();
  await drafts.open(title);
  await expect(editor.field('number')).toHaveValue('15');
  await expect(page.getByTestId('derived-soKyHieu')).toHaveText('Số: 15/BC-STTTT');
});
