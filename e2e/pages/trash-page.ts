/** "Thùng rác": deleted drafts, restore and empty. */
import { expect, type Locator, type Page } from '@playwright/test';

export class TrashPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('trash-view');
  }

  get rows(): Locator {
    return this.page.getByTestId('trash-row');
  }

  get emptyState(): Locator {
    return this.page.getByTestId('trash-empty');
  }

  get note(): Locator {
    return this.page.getByTestId('trash-note');
  }

  get status(): Locator {
    return this.page.getByTestId('trash-status');
  }

  /** The row whose title contains `title`. */
  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('trash-title').filter({ hasText: title }) });
  }

  /** "Khôi phục" on the row; waits until it left the trash. */
  async restore(title: string): Promise<void> {
    await this.row(title).getByTestId('btn-restore-trash').click();
    await expect(this.row(title)).toHaveCount(0);
  }

  /** "Dọn sạch thùng rác", then answers the in-app question, which is returned. */
  async empty(answer: 'confirm' | 'cancel'): Promise<string> {
    await this.page.getByTestId('btn-empty-trash').click();
    const dialog = this.page.getByTestId('confirm-dialog');
    await expect(dialog).toBeVisible();
    const question = (await dialog.getByTestId('confirm-dialog-question').textContent()) ?? '';
    await dialog.getByTestId(answer === 'confirm' ? 'btn-confirm-ok' : 'btn-confirm-cancel').click();
    await expect(dialog).toHaveCount(0);
    return question;
  }
}
