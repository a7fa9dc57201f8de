/** "Tạo báo cáo mới" through the contract: main builds the draft from a template file and a profile. */
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodArgs, MethodName, MethodResult } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { TEMPLATE_FILES } from '../../shared/templates';
import { removeDir, tempDir } from '../../storage/test-support';
import { folderDialogs, openServices, type Services } from '../open-services';

let root: string;
let services: Services;
beforeEach(async () => {
  root = await tempDir('baocao-templates-');
  await mkdir(join(root, 'exports'));
  let n = 0;
  services = await openServices({
    dataDir: join(root, 'data'),
    version: 'test',
    transport: 'http',
    dialogs: folderDialogs(join(root, 'exports')),
    clock: () => new Date('2024-06-15T08:00:00.000Z'),
    newId: () => `tpl-draft-${++n}`,
  });
});
afterEach(async () => {
  services.dispose();
  await services.close();
  await removeDir(root);
});

async function call<M extends MethodName>(method: M, args: MethodArgs<M>) {
  return (await dispatch(services.handlers, method, args)) as { ok: true; value: MethodResult<M> } | { ok: false; error: { code: string; message: string } };
}

const profile = {
  id: 'p1',
  parentAgency: 'UBND TỈNH QUẢNG NGÃI',
  issuingAgency: 'BAN DÂN TỘC',
  agencyAbbr: 'BDT',
  place: 'Quảng Ngãi',
  signers: [{ authority: [], title: 'TRƯỞNG BAN', name: 'Hồ Ngọc Thịnh' }],
  usualRecipients: ['Sở Thông tin và Truyền thông;'],
  archive: 'VP',
};

describe('createDraft from a template', () => {
  it('lists every template file of the folder', async () => {
    const folder = resolve(import.meta.dirname, '../../shared/templates');
    const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
    expect(Object.keys(TEMPLATE_FILES).sort()).toEqual(files);
    const listed = await call('listTemplates', {});
    expect(listed.ok && listed.value.map((t) => t.id).length).toBe(files.length);
  });

  it('stores a draft with the outline of the template and the header, signer and recipients of the profile', async () => {
    const settings = services.settings.get();
    services.settings.set({ ...settings, profiles: [profile] });
    const created = await call('createDraft', { template: 'so-ket-6-thang', profileId: 'p1', signerIndex: 0 });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const draft = created.value;
    expect(draft.meta.template).toBe('so-ket-6-thang');
    expect(draft.title).toBe('Sơ kết công tác 6 tháng đầu năm 2024, phương hướng, nhiệm vụ 6 tháng cuối năm 2024');
    expect(draft.sections.map((s) => s.title)[0]).toBe('Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024');
    expect(draft.header).toMatchObject({ issuingAgency: 'BAN DÂN TỘC', agencyAbbr: 'BDT', place: 'Quảng Ngãi' });
    expect(draft.signer.name).toBe('Hồ Ngọc Thịnh');
    expect(draft.noiNhan).toEqual({ recipients: ['Sở Thông tin và Truyền thông;'], archive: 'VP' });
    const stored = await call('getDraft', { id: draft.meta.id });
    expect(stored.ok && stored.value.sections).toEqual(draft.sections);
  });

  it('without arguments makes the blank report, as before', async () => {
    const created = await call('createDraft', {});
    expect(created.ok && created.value.sections).toEqual([]);
    expect(created.ok && created.value.meta.template).toBe('bao-cao');
  });

  it('refuses an unknown template, profile or signer with a Vietnamese message and stores nothing', async () => {
    const unknown = await call('createDraft', { template: 'khong-co' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('Không có mẫu báo cáo') } });
    const noProfile = await call('createDraft', { profileId: 'p9' });
    expect(noProfile).toMatchObject({ ok: false, error: { message: expect.stringContaining('hồ sơ cơ quan') } });
    services.settings.set({ ...services.settings.get(), profiles: [profile] });
    const noSigner = await call('createDraft', { profileId: 'p1', signerIndex: 3 });
    expect(noSigner).toMatchObject({ ok: false, error: { message: expect.stringContaining('người ký') } });
    const badId = await call('createDraft', { template: '../../etc' });
    expect(badId).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const list = await call('listDrafts', {});
    expect(list.ok && list.value).toEqual([]);
  });
});
