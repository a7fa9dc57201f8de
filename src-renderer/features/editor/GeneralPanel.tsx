import { formatDateLine, isValidDate } from '@shared/domain/dates';
import { formatSoKyHieu } from '@shared/domain/doc-number';
import type { Draft, Header } from '@shared/domain/draft-schema';
import { IntegerField } from '../../components/IntegerField';
import { Panel } from '../../components/Panel';
import { SelectField, type Option } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import type { EditorPanelProps } from './types';

const DAY_OPTIONS: Option<string>[] = [
  { value: '', label: '(để trống)' },
  ...Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
];
const MONTH_OPTIONS: Option<string>[] = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: `Tháng ${i + 1}`,
}));
const STATUS_OPTIONS: Option<Draft['meta']['status']>[] = [
  { value: 'draft', label: 'Đang soạn' },
  { value: 'final', label: 'Đã hoàn thành' },
];

function parseYear(text: string): number | undefined {
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= 1900 ? year : undefined;
}

/** Ô 1–4: agencies, number and symbol, place and date; plus the draft's status. */
export function GeneralPanel({ draft, update }: EditorPanelProps) {
  const { header } = draft;
  const setHeader = (patch: Partial<Header>) => update((d) => ({ ...d, header: { ...d.header, ...patch } }));
  const setDate = (patch: Partial<Header['date']>) =>
    update((d) => ({ ...d, header: { ...d.header, date: { ...d.header.date, ...patch } } }));

  return (
    <Panel title="Thông tin chung" testId="panel-general">
      <div className="grid-2">
        <TextArea
          label="Cơ quan chủ quản"
          value={header.parentAgency}
          onChange={(parentAgency) => setHeader({ parentAgency })}
          testId="field-parentAgency"
          hint="Có thể để trống. Mỗi dòng một dòng trên văn bản."
        />
        <TextArea
          label="Cơ quan ban hành"
          value={header.issuingAgency}
          onChange={(issuingAgency) => setHeader({ issuingAgency })}
          testId="field-issuingAgency"
          placeholder="VD: SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
        />
      </div>
      <div className="grid-4">
        <TextInput
          label="Số"
          value={header.number}
          onChange={(number) => setHeader({ number })}
          testId="field-number"
          inputMode="numeric"
          hint="Để trống cho văn thư ghi"
          error={/^\d{0,6}$/.test(header.number) ? undefined : 'Số văn bản chỉ gồm chữ số (tối đa 6 chữ số)'}
        />
        <TextInput
          label="Ký hiệu loại"
          value={header.typeAbbr}
          onChange={(typeAbbr) => setHeader({ typeAbbr })}
          testId="field-typeAbbr"
          error={header.typeAbbr.trim() ? undefined : 'Cần ký hiệu loại văn bản, ví dụ BC'}
        />
        <TextInput
          label="Viết tắt cơ quan"
          value={header.agencyAbbr}
          onChange={(agencyAbbr) => setHeader({ agencyAbbr })}
          testId="field-agencyAbbr"
          placeholder="VD: STTTT"
        />
        <TextInput
          label="Nhóm bổ sung"
          value={header.extraGroup}
          onChange={(extraGroup) => setHeader({ extraGroup })}
          testId="field-extraGroup"
          placeholder="VD: VP"
        />
      </div>
      <p className="derived" data-testid="derived-soKyHieu">
        {formatSoKyHieu(header)}
      </p>
      <div className="grid-4">
        <TextInput label="Địa danh" value={header.place} onChange={(place) => setHeader({ place })} testId="field-place" placeholder="VD: Hà Nội" />
        <SelectField
          label="Ngày"
          value={header.date.day === null ? '' : String(header.date.day)}
          options={DAY_OPTIONS}
          onChange={(day) => setDate({ day: day === '' ? null : Number(day) })}
          testId="field-day"
        />
        <SelectField
          label="Tháng"
          value={String(header.date.month)}
          options={MONTH_OPTIONS}
          onChange={(month) => setDate({ month: Number(month) })}
          testId="field-month"
        />
        <IntegerField
          label="Năm"
          value={header.date.year}
          parse={parseYear}
          invalidHint="Năm gồm 4 chữ số"
          onChange={(year) => {
            if (year !== null) setDate({ year });
          }}
          testId="field-year"
        />
      </div>
      <p className="derived" data-testid="derived-dateLine">
        {formatDateLine(header.place, header.date)}
      </p>
      {isValidDate(header.date) ? null : (
        <p className="field-hint field-error" role="alert" data-testid="date-error">
          Tháng {header.date.month} năm {header.date.year} không có ngày {header.date.day}.
        </p>
      )}
      <div className="grid-4">
        <SelectField
          label="Trạng thái"
          value={draft.meta.status}
          options={STATUS_OPTIONS}
          onChange={(status) => update((d) => ({ ...d, meta: { ...d.meta, status } }))}
          testId="field-status"
        />
      </div>
    </Panel>
  );
}
