/** The draft editor: fields by name, the section tree, autosave state and export. */
import { expect, type Locator, type Page } from '@playwright/test';

export class EditorPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('editor');
  }

  get saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  /** A form control by its model name, e.g. "issuingAgency", "title", "number". */
  field(name: string): Locator {
    return this.page.getByTestId(`field-${name}`);
  }

  /** The title input of a section by its path, e.g. "0" or "0.1". */
  sectionTitle(path: string): Locator {
    return this.page.getByTestId(`section-title-${path}`);
  }

  /** The printed number of a section ("I.", "1.", "a)"). */
  sectionLabel(path: string): Locator {
    return this.page.getByTestId(`section-label-${path}`);
  }

  /** The text area of block `index` of the section at `path`. */
  block(path: string, index: number): Locator {
    return this.page.getByTestId(`block-${path}-${index}`);
  }

  /** Opens every folded panel so each field can be reached. */
  async unfoldAll(): Promise<void> {
    const folded = this.page.locator('details.panel:not([open]) > summary');
    while ((await folded.count()) > 0) await folded.first().click();
  }

  async addSection(): Promise<void> {
    await this.page.getByTestId('btn-add-section').click();
  }

  async addChildSection(path: string): Promise<void> {
    await this.page.getByTestId(`btn-add-child-${path}`).click();
  }

  async addParagraph(path: string): Promise<void> {
    await this.page.getByTestId(`btn-add-paragraph-block-${path}`).click();
  }

  /** Waits until the autosave confirmed that the latest edits are stored. */
  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText('Đã lưu');
    await expect(this.page.locator('html')).toHaveAttribute('data-save-state', 'saved');
  }

  /** Clicks "Xuất DOCX" and returns the path the app reports. */
  async exportDocx(): Promise<string> {
    await this.page.getByTestId('btn-export-docx').click();
    const path = this.page.getByTestId('export-path');
    await expect(path).toBeVisible();
    return (await path.textContent()) ?? '';
  }

  /** Back to the list (the editor saves first). */
  async back(): Promise<void> {
    await this.page.getByTestId('btn-back').click();
    await expect(this.page.getByTestId('draft-list')).toBeVisible();
  }
}
