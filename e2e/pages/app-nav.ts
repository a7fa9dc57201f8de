/** The tabs in the header: "Báo cáo", "Thùng rác", "Cài đặt". */
import { expect, type Page } from '@playwright/test';

const SCREENS = { drafts: 'draft-list', trash: 'trash-view', settings: 'settings-view' } as const;

export class AppNav {
  constructor(readonly page: Page) {}

  /** Clicks the tab and waits for its screen. */
  async go(tab: keyof typeof SCREENS): Promise<void> {
    await this.page.getByTestId(`nav-${tab}`).click();
    await expect(this.page.getByTestId(SCREENS[tab])).toBeVisible();
  }
}
