/**
 * "In", "Xuất PDF" and "Gửi email" in browser mode, on the real services: the outbox holds the
 * DOCX, the PDF and an .eml that parses with both attached byte for byte; the PDF export writes
 * a PDF; "In" lays the page document out in a frame and opens the browser's print on it.
 *
 * The PDF comes from the headless renderer driving the system's Chromium. Where no Chromium is
 * installed the PDF tests skip with the reason printed, and fail under CI=true.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import PostalMime from 'postal-mime';
import { countPrintCopies } from '../../src-main/shared/domain/print-copies';
import type { Draft } from '../../src-main/shared/domain/draft-schema';
import { expect, test } from '../support/fixtures';

const CHROMIUM = process.env.BAOCAO_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const pdfSkipReason = `no Chromium at ${CHROMIUM} for the headless PDF renderer (set BAOCAO_CHROMIUM)`;
if (!hasChromium) {
  if (process.env.CI === 'true') throw new Error(`output.spec: ${pdfSkipReason}; CI must have it`);
  console.warn(`output.spec: ${pdfSkipReason}; skipping the PDF and email tests`);
}

const fullFeature = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/drafts/full-feature.json'), 'utf8')) as Draft;
/** The fixture's trích yếu as the subject carries it: on one line. */
const SUBJECT = fullFeature.title.replace(/\s+/g, ' ').trim();
const bytesOf = async (path: string) => new Uint8Array(await readFile(path));

test.describe('output', () => {
  test('"Gửi email" leaves the DOCX, the PDF and a parsable .eml in the outbox, and says what to do next', async ({ app, seed, drafts, page }) => {
    test.skip(!hasChromium, pdfSkipReason);
    await seed('full-feature');
    await drafts.open(fullFeature.title.split('\n')[0] ?? '');
    await page.getByTestId('btn-email').click();
    const status = page.getByTestId('email-status');
    await expect(status).toHaveAttribute('data-kind', 'ok', { timeout: 45_000 });
    // No mail client in browser mode: the steps for webmail are shown.
    await expect(status).toHaveAttribute('data-opened', 'false');
    await expect(status).toContainText('Mở thư mục');

    const folder = (await page.getByTestId('email-folder').textContent()) ?? '';
    expect(folder.startsWith(join(app.dataDir, 'outbox'))).toBe(true);
    const names = (await readdir(folder)).sort();
    expect(names.map((n) => n.slice(n.lastIndexOf('.')))).toEqual(['.docx', '.eml', '.pdf']);
    const file = (ext: string) => join(folder, names.find((n) => n.endsWith(ext)) ?? '');

    const mail = await PostalMime.parse(await bytesOf(file('.eml')));
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.text).toContain('Ủy ban nhân dân huyện Thanh Bình');
    expect(mail.attachments.map((a) => a.filename)).toEqual([basename(file('.docx')), basename(file('.pdf'))]);
    expect(new Uint8Array(mail.attachments[0]?.content as ArrayBuffer)).toEqual(await bytesOf(file('.docx')));
    expect(new Uint8Array(mail.attachments[1]?.content as ArrayBuffer)).toEqual(await bytesOf(file('.pdf')));
    expect(Buffer.from(await bytesOf(file('.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // "Mở thư mục" cannot open a file manager from a browser: it says so, and the path stays shown.
    await page.getByTestId('btn-open-outbox').click();
    await expect(page.getByTestId('email-folder-not-opened')).toBeVisible();
  });

  test('"Xuất PDF" writes a PDF into the export folder', async ({ app, seed, drafts, page }) => {
    test.skip(!hasChromium, pdfSkipReason);
    await seed('full-feature');
    await drafts.open(fullFeature.title.split('\n')[0] ?? '');
    await page.getByTestId('btn-export-pdf').click();
    const path = page.getByTestId('pdf-status-path');
    await expect(path).toBeVisible({ timeout: 45_000 });
    const written = (await path.textContent()) ?? '';
    expect(written.startsWith(app.exportDir)).toBe(true);
    expect(written.endsWith('.pdf')).toBe(true);
    const pdf = Buffer.from(await bytesOf(written));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-1024).toString('latin1')).toContain('%%EOF');
  });

  test('"In n bản" counts the Nơi nhận copies and prints the laid-out page document, also on Ctrl+P', async ({ seed, drafts, page }) => {
    // Every frame records its print() instead of blocking on a dialog, with what it was printing.
    await page.addInitScript(() => {
      window.print = () => {
        const top = window.top as (Window & { printed?: Array<{ path: string; text: string }> }) | null;
        if (top) (top.printed ??= []).push({ path: location.pathname, text: document.body.innerText });
      };
    });
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await seed('full-feature');
    await drafts.open(fullFeature.title.split('\n')[0] ?? '');

    const expected = countPrintCopies({ kinhGui: fullFeature.kinhGui, noiNhan: fullFeature.noiNhan, drafter: fullFeature.drafter }).total;
    const button = page.getByTestId('btn-print');
    await expect(button).toHaveText(`In ${expected} bản`);
    await expect(button).toHaveAttribute('title', /Ctrl\+P/);
    await expect(button).toHaveAttribute('title', /Như trên: 3 bản/);

    const printed = () => page.evaluate(() => (window as Window & { printed?: Array<{ path: string; text: string }> }).printed ?? []);
    await button.click();
    await expect(page.getByTestId('print-status')).toContainText(`chọn ${expected} bản`, { timeout: 30_000 });
    const first = await printed();
    expect(first).toHaveLength(1);
    expect(first[0]?.path).toMatch(/\/page\/page\.html$/);
    expect(first[0]?.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // The frame is gone once printed: the editor is what stays on screen.
    await expect(page.getByTestId('print-frame')).toHaveCount(0);

    await page.getByTestId('print-status').getByRole('button', { name: 'Đóng thông báo' }).click();
    await page.keyboard.press('Control+P');
    await expect(page.getByTestId('print-status')).toBeVisible({ timeout: 30_000 });
    expect(await printed()).toHaveLength(2);
  });
});
