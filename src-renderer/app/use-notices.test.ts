// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useNotices, visibleNotices } from './use-notices';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function harness() {
  let api: ReturnType<typeof useNotices> | null = null;
  const Probe = () => {
    api = useNotices();
    return null;
  };
  const root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Probe)));
  return { get: () => api as unknown as ReturnType<typeof useNotices>, root };
}

describe('notices', () => {
  let unmount: (() => void) | null = null;
  afterEach(() => unmount?.());

  it('a notice about a draft shows only while that draft is open, and goes when it is left', () => {
    const h = harness();
    unmount = () => act(() => h.root.unmount());
    act(() => h.get().notify('Có tệp được đặt sang một bên.', 'warning'));
    act(() => h.get().notifyIn('draft-a', 'Đã điền phần đầu từ hồ sơ.', 'info'));
    const all = h.get().notices;
    expect(visibleNotices(all, 'draft-a').map((n) => n.text)).toEqual(['Có tệp được đặt sang một bên.', 'Đã điền phần đầu từ hồ sơ.']);
    expect(visibleNotices(all, 'draft-b').map((n) => n.text)).toEqual(['Có tệp được đặt sang một bên.']);
    expect(visibleNotices(all, null)).toHaveLength(1);
    act(() => h.get().dropScope('draft-a'));
    expect(h.get().notices.map((n) => n.text)).toEqual(['Có tệp được đặt sang một bên.']);
  });

  it('closes one notice, and moves a draft’s notices to its copy', () => {
    const h = harness();
    unmount = () => act(() => h.root.unmount());
    act(() => h.get().notifyIn('draft-a', 'Một.', 'info'));
    act(() => h.get().notifyIn('draft-a', 'Hai.', 'info'));
    const first = h.get().notices[0];
    act(() => h.get().dismiss(first?.id ?? -1));
    expect(h.get().notices.map((n) => n.text)).toEqual(['Hai.']);
    act(() => h.get().moveScope('draft-a', 'draft-copy'));
    expect(visibleNotices(h.get().notices, 'draft-copy').map((n) => n.text)).toEqual(['Hai.']);
  });
});
