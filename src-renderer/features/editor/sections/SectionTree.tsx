import { valueAt } from '@shared/domain/checks/draft-edit';
import type { Section } from '@shared/domain/draft-schema';
import { sameItems, useEditorSelector } from '../store/context';
import { parseFieldKey } from '../store/field-path';
import { SectionLabelsProvider } from './labels-context';
import { SectionItem } from './SectionItem';
import { useSectionActions } from './use-section-actions';

interface SectionTreeProps {
  /** Field key of the list: "sections", or "appendices.0.sections". */
  listKey: string;
  /** Whether the draft's Phần level applies (the body only; appendices leave it out). */
  withParts?: boolean;
  /** Prepended to test ids; the add button is `${idPrefix}btn-add-section`. */
  idPrefix?: string;
}

/** The numbered section tree with a button to add a top-level section. */
export function SectionTree({ listKey, withParts = false, idPrefix = '' }: SectionTreeProps) {
  const ids = useEditorSelector(
    (state) => ((valueAt(state.draft, parseFieldKey(listKey)) as Section[] | undefined) ?? []).map((s) => s.id),
    sameItems,
  );
  const actions = useSectionActions(listKey);
  return (
    <SectionLabelsProvider listKey={listKey} withParts={withParts}>
      <div className="section-tree" data-field={listKey}>
        {ids.length === 0 ? <p className="muted">Chưa có mục nào.</p> : null}
        {ids.map((id, i) => (
          <SectionItem key={id} listKey={listKey} pathKey={String(i)} siblingCount={ids.length} actions={actions} idPrefix={idPrefix} />
        ))}
        <button type="button" className="btn" data-testid={`${idPrefix}btn-add-section`} onClick={() => actions.addAfter(null)}>
          + Thêm mục
        </button>
      </div>
    </SectionLabelsProvider>
  );
}
