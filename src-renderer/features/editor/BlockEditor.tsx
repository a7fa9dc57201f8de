import type { Block, BulletBlock, Inline } from '@shared/domain/draft-schema';
import { IconButton } from '../../components/IconButton';
import { footnotesOf, hasFormatting, inlineText, replaceInlineText } from './inline-edit';

interface BlockEditorProps {
  block: Block;
  onChange: (block: Block) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
  isFirst: boolean;
  isLast: boolean;
  /** The text area's test id; the controls add suffixes (`-marker`, `-up`, `-down`, `-remove`). */
  testId: string;
}

/** Warns what plain-text editing does to formatting and footnotes. */
function InlineNotes({ content }: { content: readonly Inline[] }) {
  const footnotes = footnotesOf(content).length;
  const notes: string[] = [];
  if (hasFormatting(content)) notes.push('Đoạn có chữ đậm/nghiêng/gạch chân; sửa ở đây sẽ đưa cả đoạn về một kiểu chữ.');
  if (footnotes > 0) notes.push(`Có ${footnotes} chú thích; khi sửa, chú thích được giữ ở cuối đoạn.`);
  if (notes.length === 0) return null;
  return <p className="field-hint">{notes.join(' ')}</p>;
}

function describeTable(rows: number, caption: string | undefined): string {
  return caption ? `Bảng (${rows} hàng): ${caption}` : `Bảng (${rows} hàng)`;
}

/** One paragraph, bullet or (read-only) table with its move and remove controls. */
export function BlockEditor({ block, onChange, onMove, onRemove, isFirst, isLast, testId }: BlockEditorProps) {
  const controls = (
    <div className="block-controls">
      <IconButton icon="↑" label="Đưa lên" testId={`${testId}-up`} disabled={isFirst} onClick={() => onMove(-1)} />
      <IconButton icon="↓" label="Đưa xuống" testId={`${testId}-down`} disabled={isLast} onClick={() => onMove(1)} />
      <IconButton icon="✕" label="Xóa đoạn này" danger testId={`${testId}-remove`} onClick={onRemove} />
    </div>
  );

  if (block.type === 'table') {
    return (
      <div className="block block-table">
        <p className="block-readonly" data-testid={testId}>
          {describeTable(block.rows.length, block.caption)}
          <span className="muted"> — chưa sửa được ở đây, được giữ nguyên khi lưu và xuất.</span>
        </p>
        {controls}
      </div>
    );
  }

  const text = inlineText(block.content);
  const setText = (value: string) => onChange({ ...block, content: replaceInlineText(block.content, value) });
  return (
    <div className={block.type === 'bullet' ? 'block block-bullet' : 'block'}>
      {block.type === 'bullet' ? (
        <select
          className="bullet-marker"
          aria-label="Ký hiệu đầu dòng"
          value={block.marker}
          data-testid={`${testId}-marker`}
          onChange={(event) => onChange({ ...block, marker: event.target.value === '+' ? '+' : '-' } satisfies BulletBlock)}
        >
          <option value="-">-</option>
          <option value="+">+</option>
        </select>
      ) : null}
      <div className="block-text">
        <textarea
          value={text}
          rows={2}
          aria-label={block.type === 'bullet' ? 'Nội dung gạch đầu dòng' : 'Nội dung đoạn văn'}
          data-testid={testId}
          onChange={(event) => setText(event.target.value)}
        />
        <InlineNotes content={block.content} />
      </div>
      {controls}
    </div>
  );
}
