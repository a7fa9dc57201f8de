import { Panel } from '../../components/Panel';
import { StringListEditor } from '../../components/StringListEditor';
import type { EditorPanelProps } from './types';

/** Kính gửi: the recipients the report is addressed to. */
export function KinhGuiPanel({ draft, update }: EditorPanelProps) {
  return (
    <Panel title="Kính gửi" testId="panel-kinhgui">
      <StringListEditor
        items={draft.kinhGui}
        onChange={(kinhGui) => update((d) => ({ ...d, kinhGui }))}
        testId="kinhgui"
        addLabel="+ Thêm nơi gửi"
        placeholder="VD: Ủy ban nhân dân tỉnh"
        emptyText="Không có dòng “Kính gửi” (báo cáo không gửi lên cấp trên)."
      />
    </Panel>
  );
}
