import type { Draft } from '@shared/domain/draft-schema';
import { Field } from '../../../components/Field';
import { ChecksPanel } from '../../checks/ChecksPanel';
import { useEditorOutput, type Guard } from '../../editor/output-host';
import { ctrlLabel } from '../../editor/shortcut-labels';
import { useDraftEdit, useFieldValue } from '../../editor/store/hooks';
import { OutputButtons } from '../../output/OutputButtons';
import { docxShortcutFree } from '../use-guide-shortcuts';

/** "Trạng thái": marking the report finished asks first when the checks still found problems. */
function StatusField({ guard }: { guard: Guard }) {
  const status = useFieldValue<Draft['meta']['status']>('meta.status');
  const edit = useDraftEdit();
  const set = (next: Draft['meta']['status']) => edit((d) => ({ ...d, meta: { ...d.meta, status: next } }), { focus: 'meta.status' });
  return (
    <Field label="Trạng thái" hint="“Đã hoàn thành” chỉ để đánh dấu trong danh sách; vẫn sửa được.">
      <select
        value={status}
        data-testid="field-status"
        data-field="meta.status"
        onChange={(event) => {
          const next = event.target.value === 'final' ? 'final' : 'draft';
          if (next === 'final') guard('finish', () => set('final'));
          else set('draft');
        }}
      >
        <option value="draft">Đang soạn</option>
        <option value="final">Đã hoàn thành</option>
      </select>
    </Field>
  );
}

/** Bước 6: the checks, the status, and print, export and send. */
export function ReviewStep({ guard }: { guard: Guard }) {
  const actions = useEditorOutput();
  return (
    <>
      <section className="panel" data-testid="review-output" aria-labelledby="review-output-heading">
        <h2 className="panel-title review-output-heading" id="review-output-heading">
          In, xuất và gửi
        </h2>
        <div className="panel-body">
          {actions ? (
            <div className="review-actions">
              <OutputButtons output={actions.output} />
              <button
                type="button"
                className="btn btn-primary"
                data-testid="review-export-docx"
                title={docxShortcutFree() ? `Xuất tệp Word (.docx) (${ctrlLabel('E', true)})` : 'Xuất tệp Word (.docx)'}
                disabled={actions.exporting}
                onClick={actions.exportDocx}
              >
                {actions.exporting ? 'Đang xuất…' : 'Xuất DOCX'}
              </button>
            </div>
          ) : null}
          <div className="grid-3">
            <StatusField guard={guard} />
          </div>
        </div>
      </section>
      <ChecksPanel />
    </>
  );
}
