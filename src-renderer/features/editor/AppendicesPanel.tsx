import { memo } from 'react';
import type { Appendix } from '@shared/domain/draft-schema';
import { CheckboxField } from '../../components/CheckboxField';
import { Panel } from '../../components/Panel';
import { newId } from '../../lib/ids';
import { insertAt, removeAt } from '../../lib/list-ops';
import { BlocksOf } from './BlocksOf';
import { sameItems, useEditorSelector } from './store/context';
import { useDraftEdit, useDraftField } from './store/hooks';
import { SectionTree } from './sections/SectionTree';
import { useUndoToast } from './undo-toast';

const newAppendix = (): Appendix => ({ id: newId(), title: '', orientation: 'portrait', blocks: [], sections: [] });

/** One appendix: its title, orientation, blocks and sections. */
const AppendixItem = memo(function AppendixItem({ index, id }: { index: number; id: string }) {
  const key = `appendices.${index}`;
  const [title, setTitle] = useDraftField<string>(`${key}.title`);
  const [orientation, setOrientation] = useDraftField<Appendix['orientation']>(`${key}.orientation`);
  const edit = useDraftEdit();
  const showUndo = useUndoToast();
  return (
    <div className="appendix" data-testid={`appendix-${index}`} data-appendix-id={id} data-field={key}>
      <div className="section-head">
        <span className="section-label">Phụ lục {index + 1}</span>
        <input
          type="text"
          className="section-title"
          value={title}
          placeholder="Tên phụ lục"
          aria-label={`Tên phụ lục ${index + 1}`}
          data-testid={`appendix-title-${index}`}
          data-field={`${key}.title`}
          onChange={(event) => setTitle(event.target.value)}
        />
        <button
          type="button"
          className="btn btn-small btn-ghost-danger"
          data-testid={`btn-delete-appendix-${index}`}
          title="Xóa phụ lục (có thể hoàn tác)"
          onClick={() => {
            edit((d) => ({ ...d, appendices: removeAt(d.appendices, index) }), { focus: `${key}.title` });
            showUndo(title.trim() ? `Đã xóa phụ lục “${title.trim().slice(0, 60)}”.` : `Đã xóa phụ lục ${index + 1}.`);
          }}
        >
          Xóa phụ lục
        </button>
      </div>
      <CheckboxField
        label="Trang ngang (A4 ngang, cho bảng rộng)"
        checked={orientation === 'landscape'}
        onChange={(landscape) => setOrientation(landscape ? 'landscape' : 'portrait')}
        testId={`appendix-landscape-${index}`}
      />
      <BlocksOf field={`${key}.blocks`} label={`Nội dung phụ lục ${index + 1}`} testId={`appendix-${index}-block`} />
      <SectionTree listKey={`${key}.sections`} idPrefix={`appendix-${index}-`} />
    </div>
  );
});

/** Phụ lục: appendices after the signature, each with its own blocks and sections. */
export function AppendicesPanel() {
  const ids = useEditorSelector((state) => state.draft.appendices.map((a) => a.id), sameItems);
  const edit = useDraftEdit();
  return (
    <Panel title={`Phụ lục (${ids.length})`} testId="panel-appendices" folded={ids.length === 0}>
      {ids.map((id, i) => (
        <AppendixItem key={id} index={i} id={id} />
      ))}
      <button
        type="button"
        className="btn"
        data-testid="btn-add-appendix"
        onClick={() =>
          edit((d) => ({ ...d, appendices: insertAt(d.appendices, d.appendices.length, newAppendix()) }), {
            focusAfter: (d) => `appendices.${d.appendices.length - 1}.title`,
          })
        }
      >
        + Thêm phụ lục
      </button>
    </Panel>
  );
}
