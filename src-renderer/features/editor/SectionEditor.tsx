import type { Draft, Section } from '@shared/domain/draft-schema';
import { kindAtDepth } from '@shared/domain/outline';
import { ConfirmButton } from '../../components/ConfirmButton';
import { IconButton } from '../../components/IconButton';
import { BlockList } from './BlockList';
import { addChild, emptySection, moveSection, pathKey, removeSection, updateSection, type SectionPath } from './section-tree';

export type EditSections = (edit: (sections: Section[]) => Section[]) => void;

interface SectionEditorProps {
  section: Section;
  path: SectionPath;
  siblingCount: number;
  /** Printed label ("I.", "1.", "a)") of each section id. */
  labels: ReadonlyMap<string, string>;
  outlineStart: Draft['outlineStart'];
  onEdit: EditSections;
  /** Prepended to every test id, to tell appendix sections from body sections. */
  idPrefix: string;
}

/** One section: its heading, its blocks and, recursively, its sub-sections. */
export function SectionEditor({ section, path, siblingCount, labels, outlineStart, onEdit, idPrefix }: SectionEditorProps) {
  const key = pathKey(path);
  const depth = path.length - 1;
  const index = path[path.length - 1] ?? 0;
  const id = (name: string) => `${idPrefix}${name}-${key}`;
  const set = (patch: Partial<Section>) => onEdit((all) => updateSection(all, path, (s) => ({ ...s, ...patch })));
  // Below "a)" NĐ30 practice switches to "-" and "+" bullets, so deeper sections are not offered.
  const canNest = kindAtDepth(outlineStart, depth) !== 'letter';

  return (
    <div className={`section section-depth-${Math.min(depth, 3)}`} data-testid={id('section')}>
      <div className="section-head">
        <span className="section-label" data-testid={id('section-label')}>
          {labels.get(section.id) ?? ''}
        </span>
        <input
          type="text"
          className="section-title"
          value={section.title}
          placeholder="Tên mục"
          aria-label="Tên mục"
          data-testid={id('section-title')}
          onChange={(event) => set({ title: event.target.value })}
        />
        <input
          type="text"
          className="section-number"
          value={section.numberOverride ?? ''}
          placeholder="Số riêng"
          aria-label="Số hiệu riêng (để trống để đánh số tự động)"
          title="Số hiệu riêng (để trống để đánh số tự động)"
          data-testid={id('section-number')}
          onChange={(event) => set({ numberOverride: event.target.value.trim() === '' ? undefined : event.target.value })}
        />
        <IconButton
          icon="↑"
          label="Đưa mục lên"
          testId={id('btn-section-up')}
          disabled={index === 0}
          onClick={() => onEdit((all) => moveSection(all, path, -1))}
        />
        <IconButton
          icon="↓"
          label="Đưa mục xuống"
          testId={id('btn-section-down')}
          disabled={index === siblingCount - 1}
          onClick={() => onEdit((all) => moveSection(all, path, 1))}
        />
        {canNest ? (
          <button
            type="button"
            className="btn btn-small"
            data-testid={id('btn-add-child')}
            onClick={() => onEdit((all) => addChild(all, path, emptySection()))}
          >
            + Mục con
          </button>
        ) : null}
        <ConfirmButton
          label="Xóa mục"
          question="Xóa mục này và mọi nội dung bên trong?"
          small
          testId={id('btn-delete-section')}
          onConfirm={() => onEdit((all) => removeSection(all, path))}
        />
      </div>
      <BlockList blocks={section.blocks} onChange={(blocks) => set({ blocks })} testId={id('block')} />
      {section.children.length > 0 ? (
        <div className="section-children">
          {section.children.map((child, i) => (
            <SectionEditor
              key={child.id}
              section={child}
              path={[...path, i]}
              siblingCount={section.children.length}
              labels={labels}
              outlineStart={outlineStart}
              onEdit={onEdit}
              idPrefix={idPrefix}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}
