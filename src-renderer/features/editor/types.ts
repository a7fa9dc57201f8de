import type { Draft } from '@shared/domain/draft-schema';

/** Applies an immutable edit to the draft being edited. */
export type UpdateDraft = (edit: (draft: Draft) => Draft) => void;

/** What every editor panel receives. */
export interface EditorPanelProps {
  draft: Draft;
  update: UpdateDraft;
}
