import { insertAt, moveBy, removeAt, replaceAt } from '../lib/list-ops';
import { IconButton } from './IconButton';

interface StringListEditorProps {
  items: readonly string[];
  onChange: (items: string[]) => void;
  /** Test ids: `${testId}-${i}` for each line, `btn-add-${testId}`, `btn-remove-${testId}-${i}`. */
  testId: string;
  addLabel: string;
  placeholder?: string;
  emptyText: string;
}

/** One text line per item with add, remove and reorder. */
export function StringListEditor({ items, onChange, testId, addLabel, placeholder, emptyText }: StringListEditorProps) {
  return (
    <div className="string-list">
      {items.length === 0 ? <p className="muted">{emptyText}</p> : null}
      {items.map((item, i) => (
        // Lines have no identity of their own; the index is their key.
        <div className="string-list-row" key={i}>
          <input
            type="text"
            value={item}
            placeholder={placeholder}
            aria-label={`${addLabel.replace(/^\+\s*/, '')} ${i + 1}`}
            data-testid={`${testId}-${i}`}
            onChange={(event) => onChange(replaceAt(items, i, event.target.value))}
          />
          <IconButton icon="↑" label="Lên" testId={`btn-up-${testId}-${i}`} disabled={i === 0} onClick={() => onChange(moveBy(items, i, -1))} />
          <IconButton
            icon="↓"
            label="Xuống"
            testId={`btn-down-${testId}-${i}`}
            disabled={i === items.length - 1}
            onClick={() => onChange(moveBy(items, i, 1))}
          />
          <IconButton icon="✕" label="Bỏ dòng này" danger testId={`btn-remove-${testId}-${i}`} onClick={() => onChange(removeAt(items, i))} />
        </div>
      ))}
      <button type="button" className="btn btn-small" data-testid={`btn-add-${testId}`} onClick={() => onChange(insertAt(items, items.length, ''))}>
        {addLabel}
      </button>
    </div>
  );
}
