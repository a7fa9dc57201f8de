import { memo, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Section } from '@shared/domain/draft-schema';
import { templateSection } from '@shared/templates/build-draft';
import { IconButton } from '../../../components/IconButton';
import { useTemplate } from '../../templates/templates-context';
import { BlocksOf } from '../BlocksOf';
import { GuidanceNote } from '../GuidanceNote';
import { altLabel } from '../shortcut-labels';
import { useEditorSelector } from '../store/context';
import { useFieldValue } from '../store/hooks';
import { canIndent, type DropPlace } from '../store/section-ops';
import { useSectionLabel } from './labels-context';
import { parseTestKey, pathTestKey, sectionKey } from './section-keys';
import type { SectionActions } from './use-section-actions';

/** The drag payload type: only sections of the same tree are dropped. */
const dragType = (listKey: string) => `application/x-baocao-section+${listKey.replace(/[^a-z0-9]/gi, '-').toLowerCase()}`;

interface SectionItemProps {
  listKey: string;
  /** "0.1": the path of the section in its tree. */
  pathKey: string;
  siblingCount: number;
  actions: SectionActions;
  /** Prepended to every test id, to tell appendix sections from body sections. */
  idPrefix: string;
}

/** Where a drop lands on a section's head: its upper third before, its lower third after, the middle inside. */
function dropPlace(event: DragEvent<HTMLElement>): DropPlace {
  const box = event.currentTarget.getBoundingClientRect();
  const y = (event.clientY - box.top) / Math.max(box.height, 1);
  return y < 0.35 ? 'before' : y > 0.65 ? 'after' : 'inside';
}

/** The template's guidance for this section, if the draft was made from a template that has it. */
function SectionGuidance({ id, testId }: { id: string; testId: string }) {
  const templateId = useEditorSelector((state) => state.draft.meta.template);
  const template = useTemplate(templateId);
  const found = template ? templateSection(template, id) : undefined;
  if (!found) return null;
  return <GuidanceNote guidance={found.guidance} example={found.example} testId={testId} />;
}

/** One section: its heading with the tree operations, its content and, recursively, its sub-sections. */
export const SectionItem = memo(function SectionItem({ listKey, pathKey, siblingCount, actions, idPrefix }: SectionItemProps) {
  const path = parseTestKey(pathKey);
  const key = sectionKey(listKey, path);
  const section = useFieldValue<Section | undefined>(key);
  const label = useSectionLabel(section?.id ?? '');
  const [dropAt, setDropAt] = useState<DropPlace | null>(null);
  if (!section) return null;
  const depth = path.length - 1;
  const index = path.at(-1) ?? 0;
  const id = (name: string) => `${idPrefix}${name}-${pathKey}`;
  const type = dragType(listKey);
  const indentable = canIndent(section, index, depth);

  const onTitleKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const only = (alt: boolean) => event.altKey === alt && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    if (event.key === 'Enter' && only(false)) {
      event.preventDefault();
      actions.addAfter(section.id);
      return;
    }
    if (!only(true)) return;
    const run: Record<string, () => void> = {
      ArrowUp: () => actions.move(section.id, -1),
      ArrowDown: () => actions.move(section.id, 1),
      ArrowRight: () => actions.indent(section.id),
      ArrowLeft: () => actions.outdent(section.id),
    };
    const action = run[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div
      className={`section section-depth-${Math.min(depth, 3)}`}
      data-testid={id('section')}
      data-section-id={listKey === 'sections' ? section.id : undefined}
      data-field={key}
    >
      <div
        className={dropAt ? `section-head drop-${dropAt}` : 'section-head'}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes(type)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          setDropAt(dropPlace(event));
        }}
        onDragLeave={() => setDropAt(null)}
        onDrop={(event) => {
          const dragged = event.dataTransfer.getData(type);
          setDropAt(null);
          if (!dragged) return;
          event.preventDefault();
          actions.drop(dragged, section.id, dropPlace(event));
        }}
      >
        <span
          className="drag-handle"
          draggable
          title={`Kéo để chuyển mục; bằng bàn phím: ${altLabel('↑')}, ${altLabel('↓')} trong ô tên mục`}
          aria-hidden="true"
          data-testid={id('section-drag')}
          onDragStart={(event) => {
            event.dataTransfer.setData(type, section.id);
            event.dataTransfer.effectAllowed = 'move';
          }}
        >
          ⠿
        </span>
        <span className="section-label" data-testid={id('section-label')}>
          {label}
        </span>
        <input
          type="text"
          className="section-title"
          value={section.title}
          placeholder="Tên mục"
          aria-label={`Tên mục ${label}`.trim()}
          title={`Enter: thêm mục sau; ${altLabel('↑')}/${altLabel('↓')}: chuyển lên/xuống; ${altLabel('→')}/${altLabel('←')}: xuống/lên một cấp`}
          data-testid={id('section-title')}
          data-field={`${key}.title`}
          onChange={(event) => actions.rename(section.id, event.target.value)}
          onKeyDown={onTitleKey}
        />
        <button type="button" className="btn btn-small btn-ghost-danger" data-testid={id('btn-delete-section')} title="Xóa mục và mọi nội dung bên trong (có thể hoàn tác)" onClick={() => actions.remove(section.id)}>
          Xóa mục
        </button>
      </div>
      <div className="section-options">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={section.numbered === false}
            data-testid={id('section-unnumbered')}
            onChange={(event) => actions.setNumbering(section.id, { numbered: !event.target.checked })}
          />
          <span>Không đánh số</span>
        </label>
        {section.numbered === false ? null : (
          <label className="section-number-field">
            <span>Số riêng</span>
            <input
              type="text"
              className="section-number"
              value={section.numberOverride ?? ''}
              placeholder="tự động"
              title="Để trống để đánh số tự động theo vị trí"
              data-testid={id('section-number')}
              onChange={(event) => actions.setNumbering(section.id, { numberOverride: event.target.value })}
            />
          </label>
        )}
        <span className="section-options-spacer" />
        <div className="section-tools" role="group" aria-label="Sắp xếp mục">
          <IconButton icon="↑" label={`Đưa mục lên (${altLabel('↑')})`} testId={id('btn-section-up')} disabled={index === 0} onClick={() => actions.move(section.id, -1)} />
          <IconButton
            icon="↓"
            label={`Đưa mục xuống (${altLabel('↓')})`}
            testId={id('btn-section-down')}
            disabled={index === siblingCount - 1}
            onClick={() => actions.move(section.id, 1)}
          />
          <IconButton icon="←" label={`Lên một cấp (${altLabel('←')})`} testId={id('btn-section-outdent')} disabled={depth === 0} onClick={() => actions.outdent(section.id)} />
          <IconButton icon="→" label={`Xuống một cấp, thành mục con của mục trên (${altLabel('→')})`} testId={id('btn-section-indent')} disabled={!indentable} onClick={() => actions.indent(section.id)} />
        </div>
        <button type="button" className="btn btn-small" data-testid={id('btn-add-child')} onClick={() => actions.addChild(section.id)}>
          + Mục con
        </button>
      </div>
      <SectionGuidance id={section.id} testId={id('section-guidance')} />
      <BlocksOf field={`${key}.blocks`} label={`Nội dung mục ${label} ${section.title}`.trim()} testId={`${idPrefix}block-${pathKey}`} />
      {section.children.length > 0 ? (
        <div className="section-children">
          {section.children.map((child, i) => (
            <SectionItem
              key={child.id}
              listKey={listKey}
              pathKey={pathTestKey([...path, i])}
              siblingCount={section.children.length}
              actions={actions}
              idPrefix={idPrefix}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
});
