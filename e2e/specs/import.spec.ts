/**
 * "Nhập từ Word": pick the app's own DOCX and get the draft back from its text; drop a Word file made
 * elsewhere on the window, read the report of what was recognised and what the original got
 * wrong, ready it for a new period and open it; drop one on a rich-text field in the editor and
 * it is imported (dragged text still goes into the field, cleaned); a .doc renamed .docx is
 * refused in Vietnamese and creates nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JSHandle, Locator, Page } from '@playwright/test';
import { buildDocx } from '../../src-main/export/docx/build-docx';
import { packDocx } from '../../src-main/export/pack-docx';
import { compoundFile } from '../../src-main/import/docx/test-files';
import { DraftSchema } from '../../src-main/shared/domain/draft-schema';
import { defaultSettings } from '../../src-main/shared/domain/settings-schema';
import { expect, test } from '../support/fixtures';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FIXTURES = join(import.meta.dirname, '../../src-main/import/docx/fixtures');

/**
 * Drops a file on `target` (the window's body by default) the way a file manager does: dragenter,
 * dragover, drop with a DataTransfer holding the file and, like Linux file managers, its path as text.
 */
async function dropFile(page: Page, name: string, bytes: Buffer, target: Locator = page.locator('body')): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ base64, fileName, type }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], fileName, { type }));
      transfer.setData('text/plain', `/home/van-thu/${fileName}`);
      return transfer;
    },
    { base64: bytes.toString('base64'), fileName: name, type: DOCX },
  );
  await dropOn(target, dataTransfer);
}

/** Sends dragenter, dragover and drop with `dataTransfer` at the middle of `target`. */
async function dropOn(target: Locator, dataTransfer: JSHandle<DataTransfer>): Promise<void> {
  const box = await target.boundingBox();
  const at = box ? { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 } : {};
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer, ...at });
}

test('picking the app’s own DOCX gives the draft back and opens it', async ({ drafts, page }) => {
  const source = DraftSchema.parse(JSON.parse(await readFile(join(import.meta.dirname, '../fixtures/drafts/full-feature.json'), 'utf8')));
  const bytes = Buffer.from(await packDocx(buildDocx(source, defaultSettings().layout).document));
  await page.getByTestId('import-docx-input').setInputFiles({ name: 'bao-cao-cchc-2023.docx', mimeType: DOCX, buffer: bytes });

  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(report).toHaveAttribute('data-source', 'recognised');
  await expect(report).toContainText('Đã nhập “bao-cao-cchc-2023.docx” thành bản thảo mới');
  await expect(page.getByTestId('import-recognised')).toContainText('Cơ quan ban hành: ỦY BAN NHÂN DÂN XÃ TÂN HÒA ĐÔNG');
  await expect(page.getByTestId('import-recognised')).toContainText('Người ký: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Văn An');
  await expect(page.getByTestId('import-problems-none')).toBeVisible();

  await page.getByTestId('btn-import-open').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.getByTestId('editor-title')).toContainText('Kết quả thực hiện công tác cải cách hành chính năm 2023');
  await page.getByTestId('nav-drafts').click();
  await expect(drafts.rows).toHaveCount(1);
});

test('dropping a Word file made elsewhere shows what was found and what the original got wrong; “Dùng cho kỳ mới” readies it', async ({ drafts, page }) => {
  const bytes = await readFile(join(FIXTURES, '15-blank-date-spaced-kyhieu.docx'));
  await dropFile(page, 'bao-cao-quy-1.docx', bytes);

  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(report).toHaveAttribute('data-source', 'recognised');
  const recognised = page.getByTestId('import-recognised');
  await expect(recognised).toContainText('Cơ quan chủ quản: UBND TỈNH BÌNH ĐỊNH');
  await expect(recognised).toContainText('Số, ký hiệu: 125/BC-SCT');
  await expect(recognised).toContainText('Nơi nhận: 3 nơi, Lưu: VT, VP');
  const problems = page.getByTestId('import-problems');
  await expect(problems.locator('[data-finding="original.ky-hieu-spaces"]')).toContainText('“BC - SCT”');
  await expect(problems.locator('[data-finding="original.tieu-ngu-dash"]')).toBeVisible();
  await expect(problems.locator('[data-finding="original.margin.left"]')).toContainText('Lề trái');
  await expect(problems.locator('[data-finding="original.page-numbers"]')).toBeVisible();

  await page.getByTestId('btn-import-new-period').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.getByTestId('editor-title')).toContainText('Tình hình thực hiện nhiệm vụ công thương quý I năm 2025');
  await page.getByTestId('nav-drafts').click();
  await expect(drafts.rows).toHaveCount(1);
});

test('a Word file dropped on a rich-text field in the editor is imported, not pasted; dragged text still goes into the field', async ({ drafts, editor, page, seed }) => {
  await seed('seed-quang-tri');
  await drafts.open('Công tác tuyên truyền cải cách hành chính năm 2023');
  await editor.goTo('opening');
  const before = await editor.opening.innerText();

  // Dragged text lands in the field through the paste sanitiser: words kept, markup dropped.
  const text = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', '<p><b>Kéo thả</b> đoạn này<img src="x" onerror="window.dropped=1"></p>');
    transfer.setData('text/plain', 'Kéo thả đoạn này');
    return transfer;
  });
  await dropOn(editor.opening, text);
  await expect(editor.opening).toContainText('Kéo thả đoạn này');
  await expect(editor.opening.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { dropped?: number }).dropped)).toBeUndefined();
  await expect(page.getByTestId('import-report')).toHaveCount(0);
  const withText = await editor.opening.innerText();
  expect(withText).not.toBe(before);

  // A Word file dropped on the same field goes to "Nhập từ Word"; the field takes neither it nor its path.
  const bytes = await readFile(join(FIXTURES, '15-blank-date-spaced-kyhieu.docx'));
  await dropFile(page, 'bao-cao-quy-1.docx', bytes, editor.opening);
  await expect(page.getByTestId('import-report')).toBeVisible();
  await expect(page.getByTestId('import-recognised')).toContainText('Số, ký hiệu: 125/BC-SCT');
  await expect(editor.opening).not.toContainText('van-thu');
  expect(await editor.opening.innerText()).toBe(withText);

  // "Mở bản thảo" stores the open draft's edits, then opens the imported one.
  await page.getByTestId('btn-import-open').click();
  await expect(page.getByTestId('editor-title')).toContainText('Tình hình thực hiện nhiệm vụ công thương quý I năm 2024');
  await editor.back();
  await expect(drafts.rows).toHaveCount(2);
  await drafts.open('Công tác tuyên truyền cải cách hành chính năm 2023');
  await editor.goTo('opening');
  await expect(editor.opening).toContainText('Kéo thả đoạn này');
});

test('a .doc renamed .docx is refused in Vietnamese and creates nothing', async ({ drafts, page }) => {
  await page.getByTestId('import-docx-input').setInputFiles({ name: 'bao-cao-cu.docx', mimeType: DOCX, buffer: Buffer.from(compoundFile(['WordDocument'])) });
  const status = page.getByTestId('import-docx-status');
  await expect(status).toHaveAttribute('data-kind', 'error');
  await expect(status).toContainText('Không nhập được tệp “bao-cao-cu.docx”: đây là tệp Word 97–2003 (.doc) được đổi tên thành .docx');
  await expect(page.getByTestId('import-report')).toHaveCount(0);
  await drafts.reload();
  await expect(drafts.rows).toHaveCount(0);
});
