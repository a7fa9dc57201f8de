/**
 * "Nhập từ Word": pick the app's own DOCX and get the draft back from its text; drop a Word file made
 * elsewhere on the window, read the report of what was recognised and what the original got
 * wrong, ready it for a new period and open it; a .doc renamed .docx is refused in Vietnamese
 * and creates nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildDocx } from '../../src-main/export/docx/build-docx';
import { packDocx } from '../../src-main/export/pack-docx';
import { compoundFile } from '../../src-main/import/docx/test-files';
import { DraftSchema } from '../../src-main/shared/domain/draft-schema';
import { defaultSettings } from '../../src-main/shared/domain/settings-schema';
import { expect, test } from '../support/fixtures';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FIXTURES = join(import.meta.dirname, '../../src-main/import/docx/fixtures');

/** Drops a file on the window the way a file manager does (dragenter, dragover, drop with a DataTransfer). */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ base64, fileName, type }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], fileName, { type }));
      return transfer;
    },
    { base64: bytes.toString('base64'), fileName: name, type: DOCX },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer });
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

test('a .doc renamed .docx is refused in Vietnamese and creates nothing', async ({ drafts, page }) => {
  await page.getByTestId('import-docx-input').setInputFiles({ name: 'bao-cao-cu.docx', mimeType: DOCX, buffer: Buffer.from(compoundFile(['WordDocument'])) });
  const status = page.getByTestId('import-docx-status');
  await expect(status).toHaveAttribute('data-kind', 'error');
  await expect(status).toContainText('Không nhập được tệp “bao-cao-cu.docx”: đây là tệp Word 97–2003 (.doc) được đổi tên thành .docx');
  await expect(page.getByTestId('import-report')).toHaveCount(0);
  await drafts.reload();
  await expect(drafts.rows).toHaveCount(0);
});
