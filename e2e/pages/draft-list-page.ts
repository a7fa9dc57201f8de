/** The start screen: the list of drafts, search, row actions, bulk actions and import. */
import { expect, type Locator, type Page } from '@playwright/test';

/** A file for the import input: a path on disk, or a name with its bytes. */
export type ImportFile = string | { name: string; mimeType: string; buffer: Buffer };

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

  /** The outcome of the last list action (duplicate, delete, export, import). */
  get status(): Locator {
    return this.page.getByTestId('list-status');
  }

  get searchInput(): Locator {
    return this.page.getByTestId('search-input');
  }

  get searchSummary(): Locator {
    return this.page.getByTestId('search-summary');
  }

  /** The row whose title (trích yếu) contains `title`. */
  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('draft-title').filter({ hasText: title }) });
  }

  /** The row of the draft with this id. */
  rowById(id: string): Locator {
    return this.page.locator(`[data-testid="draft-row"][data-draft-id="${id}"]`);
  }

  /** The ids of the rows shown, top to bottom. */
  async ids(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-draft-id') ?? ''));
  }

  /**
   * Reloads the whole page and waits until the list is ready again. A reload in the editor comes
   * back to the draft being edited: the list is then reached with "← Danh sách".
   */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    const editor = this.page.getByTestId('editor');
    await expect(this.root.or(editor)).toBeVisible();
    if (await editor.isVisible()) await this.page.getByTestId('btn-back').click();
    await expect(this.root).toBeVisible();
  }

  /** The "Tạo báo cáo mới" dialog. */
  get newDraftDialog(): Locator {
    return this.page.getByTestId('new-draft-dialog');
  }

  /**
   * "Tạo báo cáo mới": chooses the template (the blank report unless told) and, when given, the
   * agency profile by its label ('' for none), then waits for the editor.
   */
  async createDraft(template = 'bao-cao', profile?: string): Promise<void> {
    await this.page.getByTestId('btn-new-draft').click();
    await expect(this.newDraftDialog).toBeVisible();
    await this.newDraftDialog.getByTestId(`template-option-${template}`).click();
    if (profile !== undefined) {
      await this.newDraftDialog.getByTestId('new-draft-profile').selectOption(profile === '' ? { value: '' } : { label: profile });
    }
    await this.newDraftDialog.getByTestId('btn-create-draft').click();
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

  /** Types into the search box (main searches 200 ms after the last keystroke). */
  async search(text: string): Promise<void> {
    await this.searchInput.fill(text);
  }

  /** Ticks the row's box. */
  async select(row: Locator): Promise<void> {
    await row.getByTestId('draft-select').check();
  }

  /** "Xóa các mục đã chọn": answers the in-app question, which is returned. */
  async deleteSelected(answer: 'confirm' | 'cancel'): Promise<string> {
    await this.page.getByTestId('btn-bulk-delete').click();
    const dialog = this.page.getByTestId('confirm-dialog');
    await expect(dialog).toBeVisible();
    const question = (await dialog.getByTestId('confirm-dialog-question').textContent()) ?? '';
    await dialog.getByTestId(answer === 'confirm' ? 'btn-confirm-ok' : 'btn-confirm-cancel').click();
    await expect(dialog).toHaveCount(0);
    return question;
  }

  /** "Xuất các mục đã chọn": returns the path of the transfer file main wrote. */
  async exportSelected(): Promise<string> {
    await this.page.getByTestId('btn-bulk-export').click();
    const path = this.page.getByTestId('list-status-path');
    await expect(path).toBeVisible();
    return (await path.textContent()) ?? '';
  }

  /** "Nhập báo cáo…" with this file. */
  async importFile(file: ImportFile): Promise<void> {
    await this.page.getByTestId('import-input').setInputFiles(file);
  }

  /** "Nhân bản" on the row. */
  async duplicate(row: Locator): Promise<void> {
    await row.getByTestId('btn-duplicate-draft').click();
  }

  /** "Tạo kỳ mới" on the row; waits for the editor on the new draft. */
  async newPeriod(row: Locator): Promise<void> {
    await row.getByTestId('btn-new-period').click();
    await expect(this.page.getByTestId('editor')).toBeVisible();
  }
}
