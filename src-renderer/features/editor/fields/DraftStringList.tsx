import { useCallback } from 'react';
import { updateAt } from '@shared/domain/checks/draft-edit';
import { StringListEditor } from '../../../components/StringListEditor';
import { parseFieldKey } from '../store/field-path';
import { useDraftEdit, useFieldValue } from '../store/hooks';
import { useUndoToast } from '../undo-toast';

interface DraftStringListProps {
  /** Field key of a list of strings, e.g. "kinhGui" or "noiNhan.recipients". */
  field: string;
  testId: string;
  addLabel: string;
  placeholder?: string;
  emptyText: string;
}

const NONE: string[] = [];
const quote = (line: string) => (line.trim() ? `“${line.trim().slice(0, 60)}”` : 'trống');

/** One line per item of a list of the draft; removing a line is one undo step, announced with "Hoàn tác". */
export function DraftStringList({ field, testId, addLabel, placeholder, emptyText }: DraftStringListProps) {
  const items = useFieldValue<string[] | undefined>(field) ?? NONE;
  const edit = useDraftEdit();
  const showUndo = useUndoToast();
  const onChange = useCallback(
    (next: string[]) => {
      const path = parseFieldKey(field);
      const removed = next.length < items.length ? items.find((line, i) => next[i] !== line) ?? items.at(-1) ?? '' : null;
      // Typing in a line groups; adding, removing and reordering lines are steps of their own.
      const typing = next.length === items.length && next.some((line, i) => line !== items[i]) && !isReorder(items, next);
      edit((draft) => updateAt(draft, path, () => next), typing ? { group: field } : { focus: field });
      if (removed !== null) showUndo(`Đã bỏ dòng ${quote(removed)}.`);
    },
    [edit, field, items, showUndo],
  );
  return (
    <div className="field-anchor" data-field={field}>
      <StringListEditor items={items} onChange={onChange} testId={testId} addLabel={addLabel} placeholder={placeholder} emptyText={emptyText} />
    </div>
  );
}

/** Whether `next` holds the same lines as `items` in another order. */
function isReorder(items: readonly string[], next: readonly string[]): boolean {
  return [...items].sort().join('\u0000') === [...next].sort().join('\u0000');
}
