import type { Appendix } from '@shared/domain/draft-schema';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Panel } from '../../components/Panel';
import { newId } from '../../lib/ids';
import { insertAt, removeAt, replaceAt } from '../../lib/list-ops';
import { BlockList } from './BlockList';
import { SectionTree } from './SectionTree';
import type { EditorPanelProps } from './types';

const newAppendix = (): Appendix => ({ id: newId(), title: '', blocks: [], sections: [] });

/** Phụ lục: appendices after the signature, each with its own blocks and sections. */
export function AppendicesPanel({ draft, update }: EditorPanelProps) {
  const setAppendix = (index: number, edit: (appendix: Appendix) => Appendix) =>
    update((d) => {
      const current = d.appendices[index];
      return current ? { ...d, appendices: replaceAt(d.appendices, index, edit(current)) } : d;
    });

  return (
    <Panel title={`Phụ lục (${draft.appendices.length})`} testId="panel-appendices" folded>
      {draft.appendices.map((appendix, i) => (
        <div className="appendix" key={appendix.id} data-testid={`appendix-${i}`}>
          <div className="section-head">
            <span className="section-label">Phụ lục {i + 1}</span>
            <input
              type="text"
              className="section-title"
              value={appendix.title}
              placeholder="Tên phụ lục"
              aria-label={`Tên phụ lục ${i + 1}`}
              data-testid={`appendix-title-${i}`}
              onChange={(event) => setAppendix(i, (a) => ({ ...a, title: event.target.value }))}
            />
            <ConfirmButton
              label="Xóa phụ lục"
              question="Xóa phụ lục này?"
              small
              testId={`btn-delete-appendix-${i}`}
              onConfirm={() => update((d) => ({ ...d, appendices: removeAt(d.appendices, i) }))}
            />
          </div>
          <BlockList blocks={appendix.blocks} onChange={(blocks) => setAppendix(i, (a) => ({ ...a, blocks }))} testId={`appendix-${i}-block`} />
          <SectionTree
            sections={appendix.sections}
            outlineStart={draft.outlineStart}
            idPrefix={`appendix-${i}-`}
            onEdit={(edit) => setAppendix(i, (a) => ({ ...a, sections: edit(a.sections) }))}
          />
        </div>
      ))}
      <button
        type="button"
        className="btn"
        data-testid="btn-add-appendix"
        onClick={() => update((d) => ({ ...d, appendices: insertAt(d.appendices, d.appendices.length, newAppendix()) }))}
      >
        + Thêm phụ lục
      </button>
    </Panel>
  );
}
