import { Panel } from '../../components/Panel';
import { DraftStringList } from './fields/DraftStringList';

/** Kính gửi: the recipients the report is addressed to. */
export function KinhGuiPanel({ guidance }: { guidance?: string | undefined }) {
  return (
    <Panel title="Kính gửi" testId="panel-kinhgui">
      {guidance ? <p className="field-hint">{guidance}</p> : null}
      <DraftStringList
        field="kinhGui"
        testId="kinhgui"
        addLabel="+ Thêm nơi gửi"
        placeholder="VD: Ủy ban nhân dân tỉnh"
        emptyText="Không có dòng “Kính gửi” (báo cáo không gửi lên cấp trên)."
      />
    </Panel>
  );
}
