import {
  CIRCULATION_MARKS,
  SECRECY_MARKS,
  URGENCY_MARKS,
  type Marks,
} from '@shared/domain/draft-schema';
import { CheckboxField } from '../../components/CheckboxField';
import { Panel } from '../../components/Panel';
import { SelectField, type Option } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import type { EditorPanelProps } from './types';

function options<V extends string>(values: readonly V[]): Option<V>[] {
  return values.map((value) => ({ value, label: value === '' ? '(không)' : value }));
}

const URGENCY = options(URGENCY_MARKS);
const SECRECY = options(SECRECY_MARKS);
const CIRCULATION = options(CIRCULATION_MARKS);

/** Urgency, secrecy and circulation marks, the "DỰ THẢO" mark and ô 13. */
export function MarksPanel({ draft, update }: EditorPanelProps) {
  const { marks } = draft;
  const setMarks = (patch: Partial<Marks>) => update((d) => ({ ...d, marks: { ...d.marks, ...patch } }));
  return (
    <Panel title="Dấu chỉ mức độ và địa chỉ (ô 13)" testId="panel-marks" folded>
      <div className="grid-3">
        <SelectField label="Độ khẩn" value={marks.urgency} options={URGENCY} onChange={(urgency) => setMarks({ urgency })} testId="field-urgency" />
        <SelectField label="Độ mật" value={marks.secrecy} options={SECRECY} onChange={(secrecy) => setMarks({ secrecy })} testId="field-secrecy" />
        <SelectField
          label="Phạm vi lưu hành"
          value={marks.circulation}
          options={CIRCULATION}
          onChange={(circulation) => setMarks({ circulation })}
          testId="field-circulation"
        />
      </div>
      <CheckboxField
        label="In dấu “DỰ THẢO”"
        checked={marks.draftMark}
        onChange={(draftMark) => setMarks({ draftMark })}
        testId="field-draftMark"
      />
      <TextArea
        label="Địa chỉ, điện thoại, email, website (ô 13)"
        value={marks.addressLine}
        onChange={(addressLine) => setMarks({ addressLine })}
        testId="field-addressLine"
        hint="In ở chân trang đầu; có thể để trống."
        wide
      />
    </Panel>
  );
}
