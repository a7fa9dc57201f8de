/** The guided editor: steps, fields by name, the section tree, autosave state and export. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The six steps of the guide, in order (their ids in the rail: `step-<id>`). */
export const STEPS = ['header', 'opening', 'content', 'closing', 'signer', 'review'] as const;
export type StepId = (typeof STEPS)[number];

/** The step that holds each named field (see src-renderer/features/guide/steps.ts). */
const FIELD_STEPS: Record<string, StepId> = {
  parentAgency: 'header',
  issuingAgency: 'header',
  number: 'header',
  typeAbbr: 'header',
  agencyAbbr: 'header',
  extraGroup: 'header',
  place: 'header',
  day: 'header',
  month: 'header',
  year: 'header',
  urgency: 'header',
  secrecy: 'header',
  circulation: 'header',
  draftMark: 'header',
  addressLine: 'header',
  title: 'opening',
  outlineStart: 'content',
  partStyle: 'content',
  closing: 'closing',
  archive: 'closing',
  drafterCode: 'closing',
  copies: 'closing',
  signerPrefix: 'signer',
  authorityTitle: 'signer',
  signerTitle: 'signer',
  signerName: 'signer',
  upperPrefix: 'signer',
  upperTitle: 'signer',
  status: 'review',
};

export class EditorPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('editor');
  }

  get saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  /** The level-one heading of the step shown. */
  get stepTitle(): Locator {
    return this.page.getByTestId('step-title');
  }

  /** The screen of step `id` (visible only while it is the current step). */
  screen(id: StepId): Locator {
    return this.page.getByTestId(`step-screen-${id}`);
  }

  /** The rail's button of step `id`. */
  stepButton(id: StepId): Locator {
    return this.page.getByTestId(`step-${id}`);
  }

  /** Opens step `id` from the rail and waits for its screen. */
  async goTo(id: StepId): Promise<void> {
    if ((await this.screen(id).count()) === 0) await this.stepButton(id).click();
    await expect(this.screen(id)).toBeVisible();
  }

  /** Opens the step that holds field `name`. */
  async goToField(name: string): Promise<void> {
    const step = FIELD_STEPS[name];
    if (!step) throw new Error(`No step known for field ${name}`);
    await this.goTo(step);
  }

  /** The step shown now. */
  async currentStep(): Promise<StepId> {
    return (await this.page.locator('[data-step]').getAttribute('data-step')) as StepId;
  }

  /**
   * A form control by its model name, e.g. "issuingAgency", "title", "number" (on the step shown);
   * for "closing", its rich-text editable.
   */
  field(name: string): Locator {
    const control = this.page.getByTestId(`field-${name}`);
    return name === 'closing' ? control.locator('[contenteditable="true"]') : control;
  }

  /** The rich-text editable of the content of the section at `path` ("0", "0.1"). */
  content(path: string): Locator {
    return this.page.getByTestId(`block-${path}`).locator('[contenteditable="true"]');
  }

  /** The rich-text editable of the opening (mở đầu, căn cứ). */
  get opening(): Locator {
    return this.page.getByTestId('opening-block').locator('[contenteditable="true"]');
  }

  /** Goes to the step of field `name` and fills it. */
  async fill(name: string, value: string): Promise<void> {
    await this.goToField(name);
    await this.field(name).fill(value);
  }

  /** The title input of a section by its path, e.g. "0" or "0.1". */
  sectionTitle(path: string): Locator {
    return this.page.getByTestId(`section-title-${path}`);
  }

  /** The printed number of a section ("I.", "1.", "a)"). */
  sectionLabel(path: string): Locator {
    return this.page.getByTestId(`section-label-${path}`);
  }

  /** The box of the section at `path`. */
  section(path: string): Locator {
    return this.page.getByTestId(`section-${path}`);
  }

  /** Block `index` (a paragraph, an item, a table) of the content of the section at `path`. */
  block(path: string, index: number): Locator {
    return this.content(path).locator(':scope > *').nth(index);
  }

  /** Opens every folded panel of the step shown so each field can be reached. */
  async unfoldAll(): Promise<void> {
    const folded = this.page.locator('details.panel:not([open]) > summary');
    while ((await folded.count()) > 0) await folded.first().click();
  }

  /** "+ Thêm mục" at the end of the body (on step 3). */
  async addSection(): Promise<void> {
    await this.goTo('content');
    await this.page.getByTestId('btn-add-section').click();
  }

  async addChildSection(path: string): Promise<void> {
    await this.page.getByTestId(`btn-add-child-${path}`).click();
  }

  /** Puts the caret on a new paragraph at the end of the content of the section at `path`. */
  async addParagraph(path: string): Promise<void> {
    const content = this.content(path);
    await content.click();
    await this.page.keyboard.press('Control+End');
    if (((await content.textContent()) ?? '').trim() !== '') await this.page.keyboard.press('Enter');
  }

  /** "Xóa mục" on the section at `path` (undoable: a toast offers "Hoàn tác"). */
  async deleteSection(path: string): Promise<void> {
    await this.page.getByTestId(`btn-delete-section-${path}`).click();
  }

  /** The undo toast after a deletion. */
  get undoToast(): Locator {
    return this.page.getByTestId('undo-toast');
  }

  /** "Hoàn tác" in the toast. */
  async undoFromToast(): Promise<void> {
    await this.page.getByTestId('btn-undo-toast').click();
  }

  /** Waits until the autosave confirmed that the latest edits are stored. */
  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText('Đã lưu');
    await expect(this.page.locator('html')).toHaveAttribute('data-save-state', 'saved');
  }

  /** The question asked before exporting or finishing with open problems, if shown. */
  get confirmDialog(): Locator {
    return this.page.getByTestId('confirm-dialog');
  }

  /**
   * Clicks "Xuất DOCX" and returns the path the app reports. When the checks still find problems
   * the app asks first; `answer` says what to do then ("confirm" goes on, the default).
   */
  async exportDocx(answer: 'confirm' | 'expect-no-question' = 'confirm'): Promise<string> {
    await this.page.getByTestId('btn-export-docx').click();
    const path = this.page.getByTestId('export-path');
    await expect(path.or(this.confirmDialog)).toBeVisible();
    if (await this.confirmDialog.isVisible()) {
      if (answer === 'expect-no-question') throw new Error('the export asked a question');
      await this.confirmDialog.getByTestId('btn-confirm-ok').click();
    }
    await expect(path).toBeVisible();
    return (await path.textContent()) ?? '';
  }

  /** Back to the list (the editor saves first); waits until the list has loaded. */
  async back(): Promise<void> {
    await this.page.getByTestId('btn-back').click();
    await expect(this.page.getByTestId('draft-list')).toBeVisible();
    await expect(this.page.getByTestId('draft-row').first().or(this.page.getByTestId('drafts-empty'))).toBeVisible();
  }

  /** Puts the caret at the end of `target`, an element inside a rich-text field (a paragraph). */
  async caretAtEnd(target: Locator): Promise<void> {
    await target.click();
    await target.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      range.collapse(false);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
  }
}
