import { Field } from '../../components/Field';
import { Panel } from '../../components/Panel';
import { StringListEditor } from '../../components/StringListEditor';
import type { EditorPanelProps } from './types';

/** Nơi nhận: the recipients list and the "Lưu: VT, …" archive line. */
export function NoiNhanPanel({ draft, update }: EditorPanelProps) {
  const { noiNhan } = draft;
  return (
    <Panel title="Nơi nhận" testId="panel-noinhan">
      <StringListEditor
        items={noiNhan.recipients}
        onChange={(recipients) => update((d) => ({ ...d, noiNhan: { ...d.noiNhan, recipients } }))}
        testId="noinhan"
        addLabel="+ Thêm nơi nhận"
        placeholder="VD: UBND tỉnh (để b/c)"
        emptyText="Chưa có nơi nhận."
      />
      <Field label="Lưu" hint="Phần sau “Lưu: VT, ”: đơn vị soạn thảo, số bản lưu.">
        <span className="prefixed">
          <span className="prefix">Lưu: VT,</span>
          <input
            type="text"
            value={noiNhan.archive}
            placeholder="VD: TTBCXB"
            data-testid="field-archive"
            onChange={(event) => update((d) => ({ ...d, noiNhan: { ...d.noiNhan, archive: event.target.value } }))}
          />
        </span>
      </Field>
    </Panel>
  );
}
