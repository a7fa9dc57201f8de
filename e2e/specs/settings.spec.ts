/** "Cài đặt": layout limits enforced by main, agency profiles filling a draft, backup now. */
import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/fixtures';

test('a margin out of range shows main\'s message and the stored value stays', async ({ drafts, nav, settings }) => {
  await nav.go('settings');
  await expect(settings.margin('left')).toHaveValue('30');
  await expect(settings.layout).toContainText('Từ 30 đến 35 mm');

  await settings.margin('left').fill('40');
  await settings.saveLayout();
  await expect(settings.layout.getByRole('alert')).toContainText('35');
  await expect(settings.margin('left')).toHaveAttribute('aria-invalid', 'true');
  await expect(settings.margin('left')).toHaveValue('40');

  await drafts.reload();
  await nav.go('settings');
  await expect(settings.margin('left')).toHaveValue('30');

  // A value inside the range is stored.
  await settings.margin('left').fill('32');
  await settings.saveLayout();
  await expect(settings.page.getByTestId('layout-saved')).toBeVisible();
  await drafts.reload();
  await nav.go('settings');
  await expect(settings.margin('left')).toHaveValue('32');
});

test('an agency profile fills the header, signer and recipients of a draft', async ({ drafts, editor, nav, page, settings }) => {
  await nav.go('settings');
  const card = await settings.addProfile();
  await card.getByTestId('profile-parentAgency').fill('UBND TỈNH QUẢNG NGÃI');
  await card.getByTestId('profile-issuingAgency').fill('SỞ TƯ PHÁP');
  await card.getByTestId('profile-agencyAbbr').fill('STP');
  await card.getByTestId('profile-place').fill('Quảng Ngãi');
  await card.getByTestId('btn-add-profile-signer').click();
  await card.getByTestId('profile-signer-prefix-0').selectOption('KT.');
  await card.getByTestId('profile-signer-authorityTitle-0').fill('GIÁM ĐỐC');
  await card.getByTestId('profile-signer-signerTitle-0').fill('PHÓ GIÁM ĐỐC');
  await card.getByTestId('profile-signer-name-0').fill('Trần Thị Bình');
  await card.getByTestId('btn-add-profile-recipient').click();
  await card.getByTestId('profile-recipient-0').fill('UBND tỉnh (để b/c)');
  await card.getByTestId('profile-archive').fill('VP');
  await settings.saveProfiles();

  // A draft made without the profile, then filled from it in step 1.
  await nav.go('drafts');
  await drafts.createDraft('bao-cao', '');
  await expect(editor.field('issuingAgency')).toHaveValue('');
  await page.getByTestId('profile-fill-select').selectOption({ label: 'SỞ TƯ PHÁP (STP)' });
  await page.getByTestId('btn-profile-fill').click();
  await expect(page.getByTestId('notice').filter({ hasText: 'Đã điền' })).toBeVisible();
  await expect(editor.field('parentAgency')).toHaveValue('UBND TỈNH QUẢNG NGÃI');
  await expect(editor.field('issuingAgency')).toHaveValue('SỞ TƯ PHÁP');
  await expect(editor.field('place')).toHaveValue('Quảng Ngãi');
  await editor.goTo('signer');
  await expect(editor.field('signerPrefix')).toHaveValue('KT.');
  await expect(editor.field('signerName')).toHaveValue('Trần Thị Bình');
  await editor.goTo('closing');
  await expect(page.getByTestId('noinhan-0')).toHaveValue('UBND tỉnh (để b/c)');
  await expect(editor.field('archive')).toHaveValue('VP');
  await editor.expectSaved();

  // The "Đã điền" notice belongs to that draft: it goes when the clerk leaves it.
  await editor.back();
  await expect(page.getByTestId('notice').filter({ hasText: 'Đã điền' })).toHaveCount(0);

  // "Tạo báo cáo mới" with the profile fills the same parts at once, from main.
  await drafts.createDraft('bao-cao', 'SỞ TƯ PHÁP (STP)');
  await expect(editor.field('issuingAgency')).toHaveValue('SỞ TƯ PHÁP');
  await editor.goTo('signer');
  await expect(editor.field('signerName')).toHaveValue('Trần Thị Bình');
  await editor.goTo('closing');
  await expect(page.getByTestId('noinhan-0')).toHaveValue('UBND tỉnh (để b/c)');
  await editor.expectSaved();
});

test('"Sao lưu ngay" writes a zip into the export folder; restoring it adds the drafts as new ones', async ({ app, drafts, nav, page, seed, settings }) => {
  await seed('seed-quang-tri');
  await nav.go('settings');
  const path = await settings.backupNow();
  expect(path.startsWith(app.exportDir), `${path} is in the export folder`).toBe(true);
  expect(path.toLowerCase().endsWith('.zip')).toBe(true);
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // In the tests main's open dialog answers with the newest zip of the export folder.
  await page.getByTestId('btn-restore-backup-file').click();
  await expect(page.getByTestId('backup-status')).toContainText('Đã khôi phục 1 báo cáo');
  await expect(page.getByTestId('backup-status')).toContainText('báo cáo mới');
  await nav.go('drafts');
  await expect(drafts.rows).toHaveCount(2);
  expect(new Set(await drafts.ids()).size).toBe(2);
});
