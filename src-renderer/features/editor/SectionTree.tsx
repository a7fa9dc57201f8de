import { useMemo } from 'react';
import type { Draft, Section } from '@shared/domain/draft-schema';
import { numberSections } from '@shared/domain/outline';
import { emptySection } from './section-tree';
import { SectionEditor, type EditSections } from './SectionEditor';

interface SectionTreeProps {
  sections: Section[];
  outlineStart: Draft['outlineStart'];
  onEdit: EditSections;
  /** Prepended to test ids; the add button is `${idPrefix}btn-add-section`. */
  idPrefix?: string;
}

/** The numbered section tree with a button to add a top-level section. */
export function SectionTree({ sections, outlineStart, onEdit, idPrefix = '' }: SectionTreeProps) {
  const labels = useMemo(
    () => new Map(numberSections(sections, outlineStart).map((n) => [n.section.id, n.label] as const)),
    [sections, outlineStart],
  );
  return (
    <div className="section-tree">
      {sections.length === 0 ? <p className="muted">Chưa có mục nào.</p> : null}
      {sections.map((section, i) => (
        <SectionEditor
          key={section.id}
          section={section}
          path={[i]}
          siblingCount={sections.length}
          labels={labels}
          outlineStart={outlineStart}
          onEdit={onEdit}
          idPrefix={idPrefix}
        />
      ))}
      <button
        type="button"
        className="btn"
        data-testid={`${idPrefix}btn-add-section`}
        onClick={() => onEdit((all) => [...all, emptySection()])}
      >
        + Thêm mục
      </button>
    </div>
  );
}
