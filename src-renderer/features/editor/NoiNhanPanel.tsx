import { Panel } from '../../components/Panel';
import { DraftStringList } from './fields/DraftStringList';
import { useDraftField } from './store/hooks';

function ArchiveField() {
  const [archive, setArchive] = useDraftField<string>('noiNhan.archive');
  return (
    <label className="field">
      <span className="field-label">Lưu</span>
      <span className="prefixed">
        <span className="prefix">Lưu: VT,</span>
        <input type="text" value={archive} placeholder="VD: TTBCXB" data-testid="field-archive" data-field="noiNhan.archive" onChange={(event) => setArchive(event.target.value)} />
      </span>
      <span className="field-hint">Phần sau “Lưu: VT, ”: đơn vị soạn thảo, số bản lưu.</span>
    </label>
  );
}

/** Nơi nhận: the recipients list and the "Lưu: VT, …" archive line. */
export function NoiNhanPanel() {
  return (
    <Panel title="Nơi nhận" testId="panel-noinhan">
      <p className="field-hint">Mỗi nơi nhận một dòng, kết thúc bằng dấu “;”. Dòng “Lưu: VT, …” luôn in ở cuối.</p>
      <DraftStringList field="noiNhan.recipients" testId="noinhan" addLabel="+ Thêm nơi nhận" placeholder="VD: Sở Nội vụ;" emptyText="Chưa có nơi nhận." />
      <ArchiveField />
    </Panel>
  );
}
