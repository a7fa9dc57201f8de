/** The guide around the editor: the step rail and its marks, the section outline, checks, toasts, dialogs. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { StepId } from './editor-page';

export class GuidePage {
  constructor(readonly page: Page) {}

  get rail(): Locator {
    return this.page.getByTestId('guide-rail');
  }

  /** The mark of step `id` in the rail: data-state is "done", "error" or "warning". */
  mark(id: StepId): Locator {
    return this.page.getByTestId(`step-mark-${id}`);
  }

  /** The numbered headings listed under "Nội dung" in the rail. */
  get outlineItems(): Locator {
    return this.page.getByTestId('rail-outline-item');
  }

  /** The texts of the outline in the rail, top to bottom ("I. KẾT QUẢ"). */
  async outline(): Promise<string[]> {
    return (await this.outlineItems.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  get checksPanel(): Locator {
    return this.page.getByTestId('checks-panel');
  }

  get checksStatus(): Locator {
    return this.page.getByTestId('checks-status');
  }

  get findings(): Locator {
    return this.page.getByTestId('finding');
  }

  /** The finding of rule `id` (e.g. "required.place"). */
  finding(rule: string): Locator {
    return this.page.locator(`[data-testid="finding"][data-rule="${rule}"]`);
  }

  /** "Đi tới chỗ sửa" on the finding of rule `id`. */
  async goToFinding(rule: string): Promise<void> {
    await this.finding(rule).first().getByTestId('btn-finding-go').click();
  }

  get toast(): Locator {
    return this.page.getByTestId('undo-toast');
  }

  get conflict(): Locator {
    return this.page.getByTestId('conflict-banner');
  }

  get newDraftDialog(): Locator {
    return this.page.getByTestId('new-draft-dialog');
  }

  get shortcutsDialog(): Locator {
    return this.page.getByTestId('shortcuts-dialog');
  }

  /** Opens "Phím tắt" from the rail. */
  async openShortcuts(): Promise<void> {
    await this.page.getByTestId('btn-shortcuts').click();
    await expect(this.shortcutsDialog).toBeVisible();
  }

  /** The pages of the live preview, as the page document lays them out. */
  get previewPages(): Locator {
    return this.page.getByTestId('preview-frame').contentFrame().locator('body');
  }

  /** The element that has the keyboard focus. */
  get focused(): Locator {
    return this.page.locator(':focus');
  }

  /** Presses `key` until `target` has the focus (at most `max` times): a keyboard-only way to a control. */
  async tabTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 60): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press(key);
    }
    await expect(target).toBeFocused();
  }
}
