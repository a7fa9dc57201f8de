import { numberSections } from '@shared/domain/outline';
import { useEditorSelector, useEditorStore } from '../editor/store/context';
import { sectionKey } from '../editor/sections/section-keys';
import { findSectionPath } from '../editor/store/section-ops';

/** The deepest level the rail lists (Mục and khoản); deeper sections are reached inside the step. */
const RAIL_DEPTH = 2;

interface OutlineEntry {
  id: string;
  label: string;
  title: string;
  depth: number;
}

const sameEntries = (a: readonly OutlineEntry[], b: readonly OutlineEntry[]) =>
  a.length === b.length && a.every((e, i) => e.id === b[i]?.id && e.label === b[i]?.label && e.title === b[i]?.title && e.depth === b[i]?.depth);

/** The numbered headings of the body in the rail: any section is one click (or Enter) away from any step. */
export function SectionOutline() {
  const store = useEditorStore();
  const entries = useEditorSelector(
    (state) =>
      numberSections(state.draft.sections, state.draft.outlineStart, state.draft.partStyle)
        .filter((n) => n.depth < RAIL_DEPTH)
        .map((n) => ({ id: n.section.id, label: n.label, title: n.section.title, depth: n.depth })),
    sameEntries,
  );
  if (entries.length === 0) return null;
  return (
    <ol className="rail-outline" aria-label="Các mục của báo cáo" data-testid="rail-outline">
      {entries.map((entry) => (
        <li key={entry.id} className={`rail-outline-depth-${entry.depth}`}>
          <button
            type="button"
            className="rail-outline-item"
            data-testid="rail-outline-item"
            onClick={() => {
              const path = findSectionPath(store.getState().draft.sections, entry.id);
              if (path) store.dispatch({ type: 'focus', key: `${sectionKey('sections', path)}.title`, step: 'content' });
            }}
          >
            <span className="rail-outline-label">{entry.label}</span> {entry.title.trim() || '(chưa đặt tên)'}
          </button>
        </li>
      ))}
    </ol>
  );
}
