// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { newDraft } from '@shared/domain/new-draft';
import { byTestId, click, mountEditor, settle, type Mounted } from '../editor/test-kit';
import { ChecksPanel } from './ChecksPanel';

const draft = { ...newDraft({ id: 'draft-checks', now: '2025-03-01T00:00:00.000Z' }), title: 'KẾT QUẢ CÔNG TÁC NĂM 2024' };
const finding = (m: Mounted, rule: string) => {
  const found = m.container.querySelector(`[data-testid="finding"][data-rule="${rule}"]`);
  if (!found) throw new Error(`no finding ${rule}`);
  return found;
};

describe('ChecksPanel', () => {
  let mounted: Mounted | null = null;
  afterEach(() => mounted?.unmount());

  it('lists the findings by step with the summary line', async () => {
    mounted = mountEditor(<ChecksPanel />, draft, { step: 'review' });
    await settle();
    expect(byTestId(mounted.container, 'checks-status').textContent).toMatch(/^Còn \d+ lỗi và \d+ lưu ý/);
    const groups = [...mounted.container.querySelectorAll('.checks-group-title')].map((h) => h.textContent);
    expect(groups[0]).toBe('Bước 1. Cơ quan, số và ký hiệu');
    expect(finding(mounted, 'title.allCaps').textContent).toMatch(/^Lỗi.*chữ in hoa/);
  });

  it('"Đi tới chỗ sửa" goes to the step of the field and asks for its focus', async () => {
    mounted = mountEditor(<ChecksPanel />, draft, { step: 'review' });
    await settle();
    click(finding(mounted, 'required.signerName').querySelector('[data-testid="btn-finding-go"]'));
    const state = mounted.store.getState();
    expect(state.step).toBe('signer');
    expect(state.focusRequest?.key).toBe('signer.name');
  });

  it('a one-click fix changes the draft as one undo step', async () => {
    mounted = mountEditor(<ChecksPanel />, draft, { step: 'review' });
    await settle();
    click(finding(mounted, 'title.allCaps').querySelector('[data-testid="btn-finding-fix"]'));
    expect(mounted.store.getState().draft.title).toBe('Kết quả công tác năm 2024');
    mounted.store.dispatch({ type: 'undo' });
    expect(mounted.store.getState().draft.title).toBe('KẾT QUẢ CÔNG TÁC NĂM 2024');
    // Undo shows where the fix was made: the trích yếu, on step 2.
    expect(mounted.store.getState().step).toBe('opening');
  });
});
