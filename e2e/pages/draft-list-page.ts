/** The start screen: the list of drafts. */
import { expect, type Locator, type Page } from '@playwright/test';

export class DraftListPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('draft-list');
  }

  get rows(): Locator {
    return this.page.getByTestId('draft-row');
  }

  get emptyState(): Locator {
    return this.page.getByTestId('drafts-empty');
  }

  /** The row whose title (trích yếu) contains `title`. */
  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('draft-title').filter({ hasText: title }) });
  }

  /** Reloads the whole page and waits until the list is ready again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await expect(this.root).toBeVisible();
  }

  /** Clicks "Tạo báo cáo mới" and waits for the editor. */
  async createDraft(): Promise<void> {
    await this.page.getByTestId('btn-new-draft').click();
    await expect(this.page.getByTestId('editor')).toBeVisible();
  }

  /** Opens the draft with this title and waits for the editor. */
  async open(title: string): Promise<void> {
    await this.row(title).getByTestId('btn-open-draft').click();
    await expect(this.page.getByTestId('editor')).toBeVisible();
  }

  /** Starts deleting the draft, then confirms ("Xóa") or cancels ("Hủy"). */
  async delete(title: string, answer: 'confirm' | 'cancel' = 'confirm'): Promise<void> {
    const row = this.row(title);
    await row.getByTestId('btn-delete-draft').click();
    await row.getByTestId(`btn-delete-draft-${answer}`).click();
  }
}
