// @vitest-environment happy-dom
import { useRef, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft, Section } from '@shared/domain/draft-schema';
import { newDraft } from '@shared/domain/new-draft';
import { useStepFocus } from '../../guide/use-step-focus';
import { useStep } from '../store/hooks';
import { byTestId, click, mountEditor, press, typeInto, type Mounted } from '../test-kit';
import { SectionTree } from './SectionTree';

/** The focus follower of the step screen around the tree, as in the app. */
function WithFocus({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useStepFocus(ref, useStep());
  return <div ref={ref}>{children}</div>;
}
const tree = (props: { withParts?: boolean } = {}) => (
  <WithFocus>
    <SectionTree listKey="sections" {...props} />
  </WithFocus>
);

const s = (id: string, title: string, children: Section[] = []): Section => ({ id, title, blocks: [], children });
const draftWith = (sections: Section[]): Draft => ({ ...newDraft({ id: 'draft-tree', now: '2025-03-01T00:00:00.000Z' }), sections });
const titles = (m: Mounted) => m.store.getState().draft.sections.map((x) => x.title);
const label = (m: Mounted, path: string) => byTestId(m.container, `section-label-${path}`).textContent;

describe('SectionTree', () => {
  let mounted: Mounted | null = null;
  afterEach(() => mounted?.unmount());

  it('Enter in a title adds the next section and focuses it; typing there names it', () => {
    mounted = mountEditor(tree({ withParts: true }), draftWith([s('a', 'KẾT QUẢ'), s('b', 'PHƯƠNG HƯỚNG')]));
    press(byTestId(mounted.container, 'section-title-0'), 'Enter');
    expect(titles(mounted)).toEqual(['KẾT QUẢ', '', 'PHƯƠNG HƯỚNG']);
    const added = byTestId<HTMLInputElement>(mounted.container, 'section-title-1');
    expect(document.activeElement).toBe(added);
    typeInto(added, 'KHÓ KHĂN');
    expect(titles(mounted)).toEqual(['KẾT QUẢ', 'KHÓ KHĂN', 'PHƯƠNG HƯỚNG']);
    expect(label(mounted, '2')).toBe('III.');
  });

  it('Alt+arrows move and change level, and the numbers follow', () => {
    mounted = mountEditor(tree(), draftWith([s('a', 'A'), s('b', 'B'), s('c', 'C')]));
    press(byTestId(mounted.container, 'section-title-2'), 'ArrowUp', { alt: true });
    expect(titles(mounted)).toEqual(['A', 'C', 'B']);
    expect(document.activeElement).toBe(byTestId(mounted.container, 'section-title-1'));
    press(byTestId(mounted.container, 'section-title-1'), 'ArrowRight', { alt: true });
    expect(titles(mounted)).toEqual(['A', 'B']);
    expect(label(mounted, '0.0')).toBe('1.');
    expect(document.activeElement).toBe(byTestId(mounted.container, 'section-title-0.0'));
    press(byTestId(mounted.container, 'section-title-0.0'), 'ArrowLeft', { alt: true });
    expect(titles(mounted)).toEqual(['A', 'C', 'B']);
  });

  it('deleting is announced with "Hoàn tác", which brings the section back with its sub-sections', () => {
    mounted = mountEditor(tree(), draftWith([s('a', 'A', [s('a1', 'A1')]), s('b', 'B')]));
    const before = mounted.store.getState().draft.sections[0];
    click(byTestId(mounted.container, 'btn-delete-section-0'));
    expect(titles(mounted)).toEqual(['B']);
    expect(byTestId(mounted.container, 'undo-toast-text').textContent).toBe('Đã xóa mục “A” cùng các mục con.');
    click(byTestId(mounted.container, 'btn-undo-toast'));
    expect(mounted.store.getState().draft.sections[0]).toBe(before);
    expect(mounted.container.querySelector('[data-testid="undo-toast"]')).toBeNull();
  });

  it('typing in a title is one undo step; "Không đánh số" and a typed number change the label', () => {
    mounted = mountEditor(tree(), draftWith([s('a', 'A'), s('b', 'B')]));
    const title = byTestId<HTMLInputElement>(mounted.container, 'section-title-0');
    typeInto(title, 'A1');
    typeInto(title, 'A12');
    expect(mounted.store.getState().past).toHaveLength(1);
    click(byTestId(mounted.container, 'section-unnumbered-0'));
    expect(label(mounted, '0')).toBe('');
    expect(label(mounted, '1')).toBe('I.');
    typeInto(byTestId<HTMLInputElement>(mounted.container, 'section-number-1'), '5');
    expect(label(mounted, '1')).toBe('5.');
  });
});
