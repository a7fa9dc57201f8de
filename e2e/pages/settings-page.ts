/** "Cài đặt": layout preferences, agency profiles, backup and restore. */
import { expect, type Locator, type Page } from '@playwright/test';

export type Side = 'top' | 'bottom' | 'left' | 'right';

export class SettingsPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('settings-view');
  }

  get layout(): Locator {
    return this.page.getByTestId('settings-layout');
  }

  get profiles(): Locator {
    return this.page.getByTestId('profile-card');
  }

  margin(side: Side): Locator {
    return this.page.getByTestId(`layout-margin-${side}`);
  }

  /** "Lưu trình bày". */
  async saveLayout(): Promise<void> {
    await this.page.getByTestId('btn-save-layout').click();
  }

  /** "+ Thêm hồ sơ cơ quan": returns the new card. */
  async addProfile(): Promise<Locator> {
    const before = await this.profiles.count();
    await this.page.getByTestId('btn-add-profile').click();
    await expect(this.profiles).toHaveCount(before + 1);
    return this.profiles.nth(before);
  }

  /** "Lưu hồ sơ cơ quan"; waits until main stored them. */
  async saveProfiles(): Promise<void> {
    await this.page.getByTestId('btn-save-profiles').click();
    await expect(this.page.getByTestId('profiles-saved')).toBeVisible();
  }

  /** "Sao lưu ngay": returns the path of the backup main wrote. */
  async backupNow(): Promise<string> {
    await this.page.getByTestId('btn-backup-now').click();
    const path = this.page.getByTestId('backup-status-path');
    await expect(path).toBeVisible();
    return (await path.textContent()) ?? '';
  }
}
