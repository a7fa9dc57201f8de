import type { Block } from '@shared/domain/draft-schema';
import { insertAt, moveBy, removeAt, replaceAt } from '../../lib/list-ops';
import { BlockEditor } from './BlockEditor';

interface BlockListProps {
  blocks: readonly Block[];
  onChange: (blocks: Block[]) => void;
  /** Blocks get `${testId}-${i}`; the add buttons `btn-add-paragraph-${testId}` and `btn-add-bullet-${testId}`. */
  testId: string;
  emptyText?: string;
}

const newParagraph = (): Block => ({ type: 'paragraph', content: [{ type: 'text', text: '' }] });
const newBullet = (): Block => ({ type: 'bullet', marker: '-', content: [{ type: 'text', text: '' }] });

/** The paragraphs, bullets and tables of a section (or of the opening), in order. */
export function BlockList({ blocks, onChange, testId, emptyText }: BlockListProps) {
  return (
    <div className="block-list">
      {blocks.length === 0 && emptyText ? <p className="muted">{emptyText}</p> : null}
      {blocks.map((block, i) => (
        // Blocks carry no id in the model; position is their identity while editing.
        <BlockEditor
          key={i}
          block={block}
          testId={`${testId}-${i}`}
          isFirst={i === 0}
          isLast={i === blocks.length - 1}
          onChange={(next) => onChange(replaceAt(blocks, i, next))}
          onMove={(delta) => onChange(moveBy(blocks, i, delta))}
          onRemove={() => onChange(removeAt(blocks, i))}
        />
      ))}
      <div className="block-add">
        <button
          type="button"
          className="btn btn-small"
          data-testid={`btn-add-paragraph-${testId}`}
          onClick={() => onChange(insertAt(blocks, blocks.length, newParagraph()))}
        >
          + Đoạn văn
        </button>
        <button
          type="button"
          className="btn btn-small"
          data-testid={`btn-add-bullet-${testId}`}
          onClick={() => onChange(insertAt(blocks, blocks.length, newBullet()))}
        >
          + Gạch đầu dòng
        </button>
      </div>
    </div>
  );
}
