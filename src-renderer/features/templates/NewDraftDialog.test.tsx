// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@shared/domain/settings-schema';
import { TEMPLATES } from '@shared/templates';
import { ApiProvider } from '../../lib/api-context';
import { byTestId, click, fakeApi } from '../editor/test-kit';
import { NewDraftDialog } from './NewDraftDialog';
import { TemplatesProvider } from './templates-context';

const profile = {
  id: 'p1',
  parentAgency: '',
  issuingAgency: 'SỞ TƯ PHÁP',
  agencyAbbr: 'STP',
  place: 'Huế',
  signers: [
    { authority: [{ prefix: 'KT.' as const, title: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Trần Bình' },
    { authority: [], title: 'GIÁM ĐỐC', name: 'Lê An' },
  ],
  usualRecipients: [],
  archive: '',
};

async function mount(onCreate: (choice: unknown) => void) {
  const api = fakeApi({
    listTemplates: async () => ({ ok: true, value: [...TEMPLATES] }),
    getSettings: async () => ({ ok: true, value: { ...defaultSettings(), profiles: [profile] } }),
  });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <ApiProvider client={api}>
        <TemplatesProvider>
          <NewDraftDialog onCreate={onCreate} onCancel={() => {}} />
        </TemplatesProvider>
      </ApiProvider>,
    );
  });
  return { container, unmount: () => act(() => root.unmount()) };
}

describe('NewDraftDialog', () => {
  let unmount: (() => void) | null = null;
  afterEach(() => unmount?.());

  it('offers every template with its outline, the first chosen, and the first profile filled by default', async () => {
    const onCreate = vi.fn();
    const m = await mount(onCreate);
    unmount = m.unmount;
    const options = m.container.querySelectorAll('[data-testid^="template-option-"]');
    expect(options).toHaveLength(TEMPLATES.length);
    expect(byTestId(m.container, 'template-option-cchc-tuyen-truyen').textContent).toContain('Dàn ý: Công tác chỉ đạo, triển khai');
    click(byTestId(m.container, 'btn-create-draft'));
    expect(onCreate).toHaveBeenCalledWith({ template: TEMPLATES[0]?.id, profileId: 'p1', signerIndex: 0 });
  });

  it('sends the template and the signer chosen, or no profile at all', async () => {
    const onCreate = vi.fn();
    const m = await mount(onCreate);
    unmount = m.unmount;
    click(byTestId(m.container, 'template-option-chuyen-de').querySelector('input'));
    const select = byTestId<HTMLSelectElement>(m.container, 'new-draft-profile');
    expect([...select.options].map((o) => o.text)).toEqual([
      '(Không dùng hồ sơ, tự nhập)',
      'SỞ TƯ PHÁP (STP) — KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC, Trần Bình',
      'SỞ TƯ PHÁP (STP) — GIÁM ĐỐC, Lê An',
    ]);
    act(() => {
      select.value = 'p1|1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(byTestId(m.container, 'btn-create-draft'));
    expect(onCreate).toHaveBeenLastCalledWith({ template: 'chuyen-de', profileId: 'p1', signerIndex: 1 });
    act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(byTestId(m.container, 'btn-create-draft'));
    expect(onCreate).toHaveBeenLastCalledWith({ template: 'chuyen-de' });
  });
});
