/** "Lịch sử phiên bản" in the editor: versions, "Lưu phiên bản", viewing and restoring. */
import { expect, type Locator, type Page } from '@playwright/test';

export type RevisionReason = 'auto' | 'manual' | 'export' | 'restore';

export class HistoryPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('history-panel');
  }

  get rows(): Locator {
    return this.page.getByTestId('revision-row');
  }

  get status(): Locator {
    return this.page.getByTestId('history-status');
  }

  /** The read-only preview of the version being viewed. */
  get preview(): Locator {
    return this.page.getByTestId('revision-preview');
  }

  /** The pages of the version being viewed, as the page document lays them out. */
  get previewPages(): Locator {
    return this.preview.getByTestId('revision-preview-frame').contentFrame().locator('body');
  }

  /** Rows of versions taken for this reason. */
  byReason(reason: RevisionReason): Locator {
    return this.page.locator(`[data-testid="revision-row"][data-reason="${reason}"]`);
  }

  /** Opens the panel when it is closed. */
  async open(): Promise<void> {
    if ((await this.panel.count()) === 0) await this.page.getByTestId('btn-history').click();
    await expect(this.panel).toBeVisible();
  }

  /** "Lưu phiên bản"; waits for main's answer. */
  async saveRevision(): Promise<void> {
    await this.page.getByTestId('btn-save-revision').click();
    await expect(this.status).toContainText('Đã lưu phiên bản');
  }

  /** Shows the version of this row read-only. */
  async view(row: Locator): Promise<void> {
    await row.getByTestId('btn-view-revision').click();
    await expect(this.preview).toBeVisible();
  }

  /** "Khôi phục phiên bản này" on the version viewed, then answers the question, which is returned. */
  async restoreViewed(answer: 'confirm' | 'cancel'): Promise<string> {
    await this.page.getByTestId('btn-restore-revision').click();
    const dialog = this.page.getByTestId('confirm-dialog');
    await expect(dialog).toBeVisible();
    const question = (await dialog.getByTestId('confirm-dialog-question').textContent()) ?? '';
    await dialog.getByTestId(answer === 'confirm' ? 'btn-confirm-ok' : 'btn-confirm-cancel').click();
    await expect(dialog).toHaveCount(0);
    return question;
  }
}
