import { DAY_WITHOUT_MONTH, formatDateLine, isValidDate } from '@shared/domain/dates';
import { formatSoKyHieu } from '@shared/domain/doc-number';
import type { Header } from '@shared/domain/draft-schema';
import { Field } from '../../components/Field';
import { Panel } from '../../components/Panel';
import type { Option } from '../../components/SelectField';
import { DraftTextField } from './fields/DraftTextField';
import { SyncedIntegerField } from './fields/SyncedIntegerField';
import { useDraftEdit, useFieldValue } from './store/hooks';

const DAY_OPTIONS: Option<string>[] = [
  { value: '', label: '(để trống)' },
  ...Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
];
const MONTH_OPTIONS: Option<string>[] = [
  { value: '', label: 'Để trống tháng' },
  ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `Tháng ${i + 1}` })),
];

function parseYear(text: string): number | undefined {
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= 1900 ? year : undefined;
}

const numberError = (value: string) => (/^\d{0,6}$/.test(value) ? undefined : 'Số văn bản chỉ gồm chữ số (tối đa 6 chữ số)');
const typeAbbrError = (value: string) => (value.trim() ? undefined : 'Cần ký hiệu loại văn bản, ví dụ BC');

/** "Số: …/BC-STTTT" as it prints, composed from the number and the abbreviations. */
function SoKyHieu() {
  const header = useFieldValue<Header>('header');
  return (
    <p className="derived" data-testid="derived-soKyHieu" aria-live="polite">
      {formatSoKyHieu(header)}
    </p>
  );
}

/** Place and date, with "Quảng Trị, ngày … tháng 11 năm 2023" as it prints. */
function DateFields() {
  const header = useFieldValue<Header>('header');
  const edit = useDraftEdit();
  const setDate = (patch: Partial<Header['date']>) =>
    edit((d) => ({ ...d, header: { ...d.header, date: { ...d.header.date, ...patch } } }), { focus: 'header.date' });
  const { date } = header;
  return (
    <>
      <div className="grid-4">
        <DraftTextField field="header.place" label="Địa danh" testId="field-place" placeholder="VD: Quảng Trị" />
        <Field label="Ngày" hint={date.month === null ? 'Để trống tháng thì cũng để trống ngày' : 'Để trống cho văn thư ghi'}>
          <select
            value={date.day === null ? '' : String(date.day)}
            data-testid="field-day"
            data-field="header.date.day"
            onChange={(event) => setDate({ day: event.target.value === '' ? null : Number(event.target.value) })}
          >
            {/* A day needs its month: with the month blank only the blank day is offered. */}
            {(date.month === null ? DAY_OPTIONS.slice(0, 1) : DAY_OPTIONS).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Tháng">
          <select
            value={date.month === null ? '' : String(date.month)}
            data-testid="field-month"
            data-field="header.date.month"
            onChange={(event) => setDate(event.target.value === '' ? { day: null, month: null } : { month: Number(event.target.value) })}
          >
            {MONTH_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <SyncedIntegerField
          label="Năm"
          value={date.year}
          parse={parseYear}
          invalidHint="Năm gồm 4 chữ số"
          onChange={(year) => {
            if (year !== null) setDate({ year });
          }}
          testId="field-year"
          field="header.date.year"
        />
      </div>
      <p className="derived" data-testid="derived-dateLine">
        {formatDateLine(header.place, date)}
      </p>
      {isValidDate(date) ? null : (
        <p className="field-hint field-error" role="alert" data-testid="date-error">
          {date.month === null ? `${DAY_WITHOUT_MONTH}.` : `Tháng ${date.month} năm ${date.year} không có ngày ${date.day}.`}
        </p>
      )}
    </>
  );
}

/** Ô 1–4: agencies, number and symbol, place and date. */
export function GeneralPanel() {
  return (
    <Panel title="Cơ quan, số và ký hiệu, địa danh và ngày tháng" testId="panel-general">
      <div className="grid-2">
        <DraftTextField
          field="header.parentAgency"
          label="Cơ quan chủ quản"
          testId="field-parentAgency"
          hint="Có thể để trống. Mỗi dòng một dòng trên văn bản."
          placeholder="VD: UBND TỈNH QUẢNG TRỊ"
          multiline
        />
        <DraftTextField
          field="header.issuingAgency"
          label="Cơ quan ban hành"
          testId="field-issuingAgency"
          placeholder="VD: SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
          multiline
        />
      </div>
      <div className="grid-4">
        <DraftTextField field="header.number" label="Số" testId="field-number" inputMode="numeric" hint="Để trống cho văn thư ghi" error={numberError} />
        <DraftTextField field="header.typeAbbr" label="Ký hiệu loại" testId="field-typeAbbr" error={typeAbbrError} />
        <DraftTextField field="header.agencyAbbr" label="Viết tắt cơ quan" testId="field-agencyAbbr" placeholder="VD: STTTT" />
        <DraftTextField field="header.extraGroup" label="Nhóm bổ sung" testId="field-extraGroup" placeholder="VD: VP" />
      </div>
      <SoKyHieu />
      <DateFields />
    </Panel>
  );
}
