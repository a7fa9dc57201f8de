/**
 * The guided editor in a browser: six steps with free navigation, templates, the section tree
 * (reorder by keyboard, buttons and drag, numbers following), undo across the whole draft, the
 * checks panel, resuming after a reload, two windows on one draft, a keyboard-only pass and an
 * axe scan of every step and dialog.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DraftListPage } from '../pages/draft-list-page';
import { EditorPage, STEPS } from '../pages/editor-page';
import { GuidePage } from '../pages/guide-page';
import { expect, test } from '../support/fixtures';

const AGENCY = 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG';

/** Serious and critical axe violations of the page as it is now, one line each. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('moving between steps and sections loses nothing, and the CCHC template guides each part', async ({ drafts, editor, page }) => {
  const guide = new GuidePage(page);
  await drafts.createDraft('cchc-tuyen-truyen', '');
  await expect(editor.stepTitle).toHaveText('Bước 1. Cơ quan, số và ký hiệu');
  await editor.field('issuingAgency').fill(AGENCY);
  await editor.field('agencyAbbr').fill('STTTT');
  await expect(page.getByTestId('derived-soKyHieu')).toHaveText('Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/BC-STTTT');

  // Straight on to step 5 without waiting for a save, then back to step 2.
  await editor.goTo('signer');
  await editor.field('signerName').fill('Nguyễn Hoàn');
  await editor.goTo('opening');
  await expect(editor.field('title')).toHaveValue(/^Kết quả công tác tuyên truyền cải cách hành chính năm \d{4}$/);
  await expect(page.getByTestId('guidance-opening')).toContainText('Gợi ý');
  await editor.opening.fill('Thực hiện Kế hoạch số 22/KH-UBND ngày 07/02/2023 của UBND tỉnh, Sở báo cáo như sau:');

  // Any section from any step: the rail's outline opens step 3 on that section's title.
  await expect(guide.outlineItems.first()).toHaveText(/I\.\s*Công tác chỉ đạo, triển khai/);
  await guide.outlineItems.filter({ hasText: 'Kết quả thực hiện' }).click();
  await expect(editor.screen('content')).toBeVisible();
  await expect(editor.sectionTitle('1')).toBeFocused();
  await expect(page.getByTestId('section-guidance-1')).toContainText('Kết quả theo từng hình thức');
  await editor.content('0').fill('Sở đã ban hành Kế hoạch số 18/KH-STTTT ngày 14/2/2023.');

  for (const step of ['header', 'signer', 'content', 'opening'] as const) await editor.goTo(step);
  await expect(editor.opening).toHaveText(/^Thực hiện Kế hoạch số 22/);
  await editor.goTo('header');
  await expect(editor.field('issuingAgency')).toHaveValue(AGENCY);
  await editor.goTo('signer');
  await expect(editor.field('signerName')).toHaveValue('Nguyễn Hoàn');
  await editor.goTo('content');
  await expect(editor.block('0', 0)).toHaveText('Sở đã ban hành Kế hoạch số 18/KH-STTTT ngày 14/2/2023.');
  await expect(editor.sectionLabel('4')).toHaveText('V.');
  await editor.expectSaved();

  // The same after a round trip through the list, which opens the draft where it was left.
  await editor.back();
  await drafts.open('tuyên truyền cải cách hành chính');
  await expect(editor.screen('content')).toBeVisible();
  await expect(editor.block('0', 0)).toHaveText('Sở đã ban hành Kế hoạch số 18/KH-STTTT ngày 14/2/2023.');
  await editor.goTo('header');
  await expect(editor.field('issuingAgency')).toHaveValue(AGENCY);
});

test('reordering sections by keyboard, button and drag renumbers them everywhere, focus following', async ({ drafts, editor, page }) => {
  const guide = new GuidePage(page);
  await drafts.createDraft();
  await editor.addSection();
  await expect(editor.sectionTitle('0')).toBeFocused();
  // Enter in a title makes the next section and goes there.
  await page.keyboard.type('KẾT QUẢ');
  await page.keyboard.press('Enter');
  await page.keyboard.type('PHƯƠNG HƯỚNG');
  await page.keyboard.press('Enter');
  await page.keyboard.type('KIẾN NGHỊ');
  await expect(editor.sectionTitle('2')).toBeFocused();
  expect(await guide.outline()).toEqual(['I. KẾT QUẢ', 'II. PHƯƠNG HƯỚNG', 'III. KIẾN NGHỊ']);

  // Alt+↑ moves it up; the caret stays in the moved title, now number II.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(editor.sectionTitle('1')).toHaveValue('KIẾN NGHỊ');
  await expect(editor.sectionTitle('1')).toBeFocused();
  await expect(editor.sectionLabel('1')).toHaveText('II.');
  await expect(editor.sectionLabel('2')).toHaveText('III.');
  expect(await guide.outline()).toEqual(['I. KẾT QUẢ', 'II. KIẾN NGHỊ', 'III. PHƯƠNG HƯỚNG']);

  // The button, then a drag of the handle onto the top of the first section.
  await page.getByTestId('btn-section-down-0').click();
  expect(await guide.outline()).toEqual(['I. KIẾN NGHỊ', 'II. KẾT QUẢ', 'III. PHƯƠNG HƯỚNG']);
  const head = editor.section('0').locator('.section-head').first();
  await page.getByTestId('section-drag-2').dragTo(head, { targetPosition: { x: 200, y: 2 } });
  expect(await guide.outline()).toEqual(['I. PHƯƠNG HƯỚNG', 'II. KIẾN NGHỊ', 'III. KẾT QUẢ']);

  // Alt+→ makes "KẾT QUẢ" a khoản of the section above; Alt+← brings it back.
  await editor.sectionTitle('2').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(editor.sectionTitle('1.0')).toHaveValue('KẾT QUẢ');
  await expect(editor.sectionTitle('1.0')).toBeFocused();
  await expect(editor.sectionLabel('1.0')).toHaveText('1.');
  // The page follows: the headings print in the new order with their new numbers.
  await expect(guide.previewPages).toContainText(/I\.\s*PHƯƠNG HƯỚNG[\s\S]*II\.\s*KIẾN NGHỊ[\s\S]*1\.\s*KẾT QUẢ/, { timeout: 15_000 });
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(editor.sectionLabel('2')).toHaveText('III.');
  await expect(editor.sectionTitle('2')).toBeFocused();

  // "Không đánh số" takes a heading out of the count; a typed number is printed as typed.
  await page.getByTestId('section-unnumbered-0').check();
  await expect(editor.sectionLabel('0')).toHaveText('');
  await expect(editor.sectionLabel('1')).toHaveText('I.');
  await page.getByTestId('section-number-1').fill('1.1.');
  await expect(editor.sectionLabel('1')).toHaveText('1.1.');
  await editor.expectSaved();
});

test('a deleted section, text or recipient comes back with "Hoàn tác" or Ctrl+Z, also after changing step', async ({ drafts, editor, page }) => {
  await drafts.createDraft('cchc-tuyen-truyen', '');
  await editor.goTo('content');
  await editor.content('0').fill('Nội dung của mục đầu.');
  await editor.deleteSection('0');
  await expect(editor.undoToast).toContainText('Đã xóa mục “Công tác chỉ đạo, triển khai”');
  await expect(editor.sectionTitle('0')).toHaveValue('Kết quả thực hiện');
  await expect(editor.sectionLabel('0')).toHaveText('I.');
  await editor.undoFromToast();
  await expect(editor.sectionTitle('0')).toHaveValue('Công tác chỉ đạo, triển khai');
  await expect(editor.block('0', 0)).toHaveText('Nội dung của mục đầu.');
  await expect(editor.sectionLabel('1')).toHaveText('II.');
  await expect(editor.undoToast).toHaveCount(0);

  // Undo survives a change of step and brings the clerk back to the restored section.
  await editor.deleteSection('0');
  await editor.goTo('review');
  await page.keyboard.press('Control+z');
  await expect(editor.screen('content')).toBeVisible();
  await expect(editor.sectionTitle('0')).toHaveValue('Công tác chỉ đạo, triển khai');
  await expect(editor.sectionTitle('0')).toBeFocused();
  await page.keyboard.press('Control+y');
  await expect(editor.sectionTitle('0')).toHaveValue('Kết quả thực hiện');
  await page.keyboard.press('Control+z');
  await expect(editor.sectionTitle('0')).toHaveValue('Công tác chỉ đạo, triển khai');

  // Text deleted inside a content field comes back with the same undo.
  await editor.content('0').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(editor.content('0')).toHaveText('');
  await page.keyboard.press('Control+z');
  await expect(editor.block('0', 0)).toHaveText('Nội dung của mục đầu.');

  // "✕" on a Nơi nhận line: announced and undoable.
  await editor.goTo('closing');
  await page.getByTestId('btn-add-noinhan').click();
  await page.getByTestId('noinhan-0').fill('Sở Nội vụ;');
  await page.getByTestId('btn-remove-noinhan-0').click();
  await expect(editor.undoToast).toContainText('Đã bỏ dòng “Sở Nội vụ;”');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('noinhan-0')).toHaveValue('Sở Nội vụ;');
  await editor.expectSaved();
});

test('a reload, like reopening the app, returns to the draft and step being edited', async ({ drafts, editor, page }) => {
  await drafts.createDraft('so-ket-6-thang', '');
  await editor.goTo('closing');
  await editor.field('closing').fill('Trên đây là Báo cáo sơ kết 6 tháng đầu năm của Sở');
  await editor.expectSaved();
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await expect(editor.screen('closing')).toBeVisible();
  await expect(editor.field('closing')).toHaveText('Trên đây là Báo cáo sơ kết 6 tháng đầu năm của Sở');
  await expect(page.getByTestId('editor-title')).toContainText('Sơ kết công tác 6 tháng đầu năm');

  // Back on the list, a reload stays on the list.
  await editor.back();
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await expect(drafts.root).toBeVisible();
  await expect(editor.root).toHaveCount(0);
});

test('opening a draft again from the list returns to the step and section last edited in it', async ({ drafts, editor, page, seed }) => {
  await drafts.createDraft('cchc-tuyen-truyen', '');
  await editor.goTo('content');
  await editor.content('1').fill('Đã tổ chức 12 hội nghị tuyên truyền.');
  await editor.expectSaved();
  await editor.back();

  // From the list: back on step 3, the caret in the section being written.
  await drafts.open('tuyên truyền cải cách hành chính');
  await expect(editor.screen('content')).toBeVisible();
  await expect(editor.content('1')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Xong.');
  await expect(editor.block('1', 0)).toHaveText('Đã tổ chức 12 hội nghị tuyên truyền. Xong.');

  // Each draft keeps its own place: one never opened starts at step 1.
  await editor.goTo('signer');
  await editor.field('signerName').fill('Nguyễn Hoàn');
  await editor.expectSaved();
  await seed('seed-quang-ngai');
  await drafts.open('tuyên truyền về cải cách hành chính');
  await expect(editor.screen('header')).toBeVisible();
  await editor.back();
  await drafts.open('tuyên truyền cải cách hành chính');
  await expect(editor.screen('signer')).toBeVisible();
  await expect(editor.field('signerName')).toBeFocused();

  // A reload there comes back to the same step and field.
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await expect(editor.screen('signer')).toBeVisible();
  await expect(editor.field('signerName')).toBeFocused();
});

test('the checks list what is missing, jump to it, fix in one click, and ask before exporting or finishing', async ({ drafts, editor, page }) => {
  const guide = new GuidePage(page);
  await drafts.createDraft('bao-cao', '');
  await editor.fill('title', 'KẾT QUẢ CÔNG TÁC NĂM 2024');
  await editor.goTo('review');
  await expect(guide.checksStatus).toContainText('Còn');
  // The checks run in a worker, off the keystrokes.
  expect(page.workers().map((w) => w.url()).some((url) => url.includes('checks.worker'))).toBe(true);
  await expect(guide.mark('header')).toHaveAttribute('data-state', 'error');
  await expect(guide.mark('review')).toHaveText(String(await guide.findings.count()));

  // A finding jumps to its field, on its step, with the caret in it.
  await guide.goToFinding('required.place');
  await expect(editor.screen('header')).toBeVisible();
  await expect(editor.field('place')).toBeFocused();
  await page.keyboard.type('Quảng Trị');
  await editor.goTo('review');
  await expect(guide.finding('required.place')).toHaveCount(0);

  // One click repairs a trích yếu in capitals; Ctrl+Z takes the repair back.
  await guide.finding('title.allCaps').getByTestId('btn-finding-fix').click();
  await editor.goTo('opening');
  await expect(editor.field('title')).toHaveValue('Kết quả công tác năm 2024');
  await page.keyboard.press('Control+z');
  await expect(editor.field('title')).toHaveValue('KẾT QUẢ CÔNG TÁC NĂM 2024');

  // Export and "Đã hoàn thành" with problems left: the app says so and asks, never refuses.
  await editor.goTo('review');
  await page.getByTestId('review-export-docx').click();
  await expect(editor.confirmDialog).toContainText(/Báo cáo còn \d+ lỗi.*Vẫn xuất\?/);
  await editor.confirmDialog.getByTestId('btn-confirm-cancel').click();
  await expect(page.getByTestId('export-path')).toHaveCount(0);
  await page.getByTestId('review-export-docx').click();
  await editor.confirmDialog.getByTestId('btn-confirm-ok').click();
  await expect(page.getByTestId('export-path')).toBeVisible();
  await editor.field('status').selectOption('final');
  await expect(editor.confirmDialog).toContainText('Vẫn đánh dấu “Đã hoàn thành”?');
  await editor.confirmDialog.getByTestId('btn-confirm-ok').click();
  await expect(editor.field('status')).toHaveValue('final');
  await editor.expectSaved();
});

test('two windows on one draft: the refused save says when in local time and keeps both texts', async ({ app, drafts, editor, page }) => {
  await drafts.createDraft();
  await editor.fill('title', 'Báo cáo mở ở hai cửa sổ');
  await editor.expectSaved();
  // The second window opens on the same draft (it resumes what the first is editing).
  const other = await page.context().newPage();
  await other.goto(app.url);
  await other.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  const second = new EditorPage(other);
  await second.goTo('opening');
  await expect(second.field('title')).toHaveValue('Báo cáo mở ở hai cửa sổ');

  await editor.field('title').fill('Bản của cửa sổ thứ nhất');
  await editor.expectSaved();
  await second.field('title').fill('Bản của cửa sổ thứ hai');
  const banner = other.getByTestId('conflict-banner');
  await expect(banner).toBeVisible();
  // Vietnamese local time ("09:42 01/12/2026"), never the raw UTC timestamp.
  await expect(banner).toContainText(/lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  await expect(banner).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
  await expect(second.saveState).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
  await expect(second.field('title')).toHaveValue('Bản của cửa sổ thứ hai');

  await banner.getByTestId('btn-conflict-copy').click();
  await expect(banner).toHaveCount(0);
  await expect(other.getByTestId('notice').filter({ hasText: 'báo cáo mới' })).toBeVisible();
  await second.goTo('opening');
  await expect(second.field('title')).toHaveValue('Bản của cửa sổ thứ hai');
  await second.expectSaved();
  await second.back();
  await expect(drafts.row('Bản của cửa sổ thứ nhất')).toHaveCount(0);
  await new DraftListPage(other).reload();
  await expect(other.getByTestId('draft-row')).toHaveCount(2);

  // "Tải bản mới hơn": the first window takes the copy stored by the other one.
  await editor.field('title').fill('Sửa tiếp ở cửa sổ thứ nhất');
  await editor.expectSaved();
  await new DraftListPage(other).reload();
  await other.getByTestId('draft-row').filter({ hasText: 'Sửa tiếp ở cửa sổ thứ nhất' }).getByTestId('btn-open-draft').click();
  await second.goTo('opening');
  await second.field('title').fill('Sửa ở cửa sổ thứ hai');
  await second.expectSaved();
  await editor.field('title').fill('Sửa muộn ở cửa sổ thứ nhất');
  await expect(page.getByTestId('conflict-banner')).toBeVisible();
  await page.getByTestId('btn-conflict-reload').click();
  await editor.goTo('opening');
  await expect(editor.field('title')).toHaveValue('Sửa ở cửa sổ thứ hai');
  await other.close();
});

test('every step can be done with the keyboard alone', async ({ editor, page }) => {
  const guide = new GuidePage(page);
  const keys = page.keyboard;
  await guide.tabTo(page.getByTestId('btn-new-draft'));
  await keys.press('Enter');
  await expect(guide.newDraftDialog).toBeVisible();
  // The first template (CCHC) is chosen; Tab reaches the profile choice, then "Tạo báo cáo".
  await guide.tabTo(page.getByTestId('btn-create-draft'));
  await keys.press('Enter');
  await expect(editor.stepTitle).toBeFocused();

  // Step 1.
  await guide.tabTo(editor.field('issuingAgency'));
  await keys.type(AGENCY);
  await guide.tabTo(editor.field('agencyAbbr'));
  await keys.type('STTTT');
  await guide.tabTo(editor.field('place'));
  await keys.type('Quảng Trị');
  await keys.press('Alt+PageDown');
  // Step 2: the heading takes the focus, the fields follow.
  await expect(editor.screen('opening')).toBeVisible();
  await expect(editor.stepTitle).toBeFocused();
  await guide.tabTo(page.getByTestId('btn-add-kinhgui'));
  await keys.press('Enter');
  await guide.tabTo(page.getByTestId('kinhgui-0'));
  await keys.type('Sở Nội vụ');
  await guide.tabTo(editor.opening);
  await keys.type('Thực hiện Kế hoạch số 22/KH-UBND, Sở báo cáo như sau:');
  await keys.press('Alt+PageDown');
  // Step 3: a section is renamed, one added with Enter and indented with Alt+→.
  await expect(editor.screen('content')).toBeVisible();
  await guide.tabTo(editor.sectionTitle('0'));
  await keys.press('End');
  await keys.type(' năm nay');
  await keys.press('Enter');
  await keys.type('Ban hành kế hoạch');
  await keys.press('Alt+ArrowRight');
  await expect(editor.sectionTitle('0.0')).toHaveValue('Ban hành kế hoạch');
  await expect(editor.sectionLabel('0.0')).toHaveText('1.');
  await keys.press('Alt+PageDown');
  // Step 4.
  await guide.tabTo(editor.field('closing'));
  await keys.type('Trên đây là báo cáo của Sở.');
  await guide.tabTo(page.getByTestId('btn-add-noinhan'));
  await keys.press('Enter');
  await guide.tabTo(page.getByTestId('noinhan-0'));
  await keys.type('Như trên;');
  await guide.tabTo(editor.field('archive'));
  await keys.type('TTBCXB');
  await keys.press('Alt+PageDown');
  // Step 5.
  await guide.tabTo(editor.field('signerPrefix'));
  await keys.press('ArrowDown');
  await guide.tabTo(editor.field('signerName'));
  await keys.type('Nguyễn Hoàn');
  await keys.press('Alt+PageDown');
  // Step 6: a finding's "Đi tới chỗ sửa" with Enter lands in its field.
  await expect(editor.screen('review')).toBeVisible();
  const go = guide.findings.first().getByTestId('btn-finding-go');
  await guide.tabTo(go);
  const key = await guide.findings.first().getAttribute('data-field-key');
  await keys.press('Enter');
  await expect(guide.focused).toHaveAttribute('data-field', new RegExp(`^${(key ?? '').split('.')[0]}`));
  // The shortcut list opens and closes from the keyboard too.
  await keys.press('Alt+PageUp');
  await guide.tabTo(page.getByTestId('btn-shortcuts'), 'Shift+Tab', 200);
  await keys.press('Enter');
  await expect(guide.shortcutsDialog).toBeVisible();
  await keys.press('Escape');
  await expect(guide.shortcutsDialog).toHaveCount(0);
  // Ctrl+S stores the edits and keeps a version of them.
  await keys.press('Control+s');
  await expect(page.getByTestId('revision-status')).toContainText(/Đã lưu và giữ phiên bản #\d+ lúc \d{2}:\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  await editor.expectSaved();

  await editor.goTo('opening');
  await expect(page.getByTestId('kinhgui-0')).toHaveValue('Sở Nội vụ');
  await editor.goTo('signer');
  await expect(editor.field('signerName')).toHaveValue('Nguyễn Hoàn');
  await expect(editor.field('signerPrefix')).not.toHaveValue('');
});

test('axe finds no serious or critical problem on any step or dialog', async ({ drafts, editor, page, seed }) => {
  const guide = new GuidePage(page);
  const problems: string[] = [];
  problems.push(...(await seriousViolations(page, 'danh sách')));
  await page.getByTestId('btn-new-draft').click();
  await expect(guide.newDraftDialog).toBeVisible();
  problems.push(...(await seriousViolations(page, 'hộp “Tạo báo cáo mới”')));
  await guide.newDraftDialog.getByTestId('btn-create-draft').click();
  await expect(editor.root).toBeVisible();
  for (const step of STEPS) {
    await editor.goTo(step);
    await editor.unfoldAll();
    problems.push(...(await seriousViolations(page, `bước ${step}`)));
  }
  await editor.goTo('content');
  await editor.deleteSection('0');
  await expect(editor.undoToast).toBeVisible();
  problems.push(...(await seriousViolations(page, 'thông báo hoàn tác')));
  await guide.openShortcuts();
  problems.push(...(await seriousViolations(page, 'hộp “Phím tắt”')));
  await page.getByTestId('btn-shortcuts-close').click();
  await editor.goTo('review');
  await page.getByTestId('review-export-docx').click();
  await expect(editor.confirmDialog).toBeVisible();
  problems.push(...(await seriousViolations(page, 'câu hỏi trước khi xuất')));
  await editor.confirmDialog.getByTestId('btn-confirm-cancel').click();

  // The "Cần rà soát" badge of a draft made for a new period.
  await editor.back();
  await seed('seed-quang-tri');
  await drafts.newPeriod(drafts.row('Công tác tuyên truyền cải cách hành chính năm 2023'));
  await expect(page.getByTestId('badge-needs-review')).toBeVisible();
  problems.push(...(await seriousViolations(page, 'báo cáo cần rà soát')));
  expect(problems).toEqual([]);
});
