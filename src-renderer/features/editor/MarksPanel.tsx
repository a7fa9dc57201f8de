import { CIRCULATION_MARKS, SECRECY_MARKS, URGENCY_MARKS } from '@shared/domain/draft-schema';
import { CheckboxField } from '../../components/CheckboxField';
import { Panel } from '../../components/Panel';
import type { Option } from '../../components/SelectField';
import { DraftSelectField } from './fields/DraftSelectField';
import { DraftTextField } from './fields/DraftTextField';
import { useDraftField } from './store/hooks';

function options<V extends string>(values: readonly V[]): Option<V>[] {
  return values.map((value) => ({ value, label: value === '' ? '(không)' : value }));
}

const URGENCY = options(URGENCY_MARKS);
const SECRECY = options(SECRECY_MARKS);
const CIRCULATION = options(CIRCULATION_MARKS);

function DraftMarkBox() {
  const [checked, setChecked] = useDraftField<boolean>('marks.draftMark');
  return (
    <div className="field-anchor" data-field="marks.draftMark">
      <CheckboxField label="In dấu “DỰ THẢO”" checked={checked} onChange={setChecked} testId="field-draftMark" />
    </div>
  );
}

/** Urgency, secrecy and circulation marks, the "DỰ THẢO" mark and ô 13. */
export function MarksPanel() {
  return (
    <Panel title="Dấu chỉ mức độ, “DỰ THẢO” và địa chỉ (ô 13)" testId="panel-marks" folded>
      <div className="grid-3">
        <DraftSelectField field="marks.urgency" label="Độ khẩn" options={URGENCY} testId="field-urgency" />
        <DraftSelectField field="marks.secrecy" label="Độ mật" options={SECRECY} testId="field-secrecy" />
        <DraftSelectField field="marks.circulation" label="Phạm vi lưu hành" options={CIRCULATION} testId="field-circulation" />
      </div>
      <DraftMarkBox />
      <DraftTextField
        field="marks.addressLine"
        label="Địa chỉ, điện thoại, email, website (ô 13)"
        testId="field-addressLine"
        hint="In ở chân trang đầu; có thể để trống."
        multiline
        wide
      />
    </Panel>
  );
}
