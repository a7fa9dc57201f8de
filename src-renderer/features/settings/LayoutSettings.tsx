import { useState } from 'react';
import type { ApiResult } from '@shared/api/errors';
import { MARGIN_RANGES_MM, type Layout, type Settings } from '@shared/domain/settings-schema';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField, type Option } from '../../components/SelectField';
import { TextInput } from '../../components/TextInput';
import { fieldError, fromForm, SIDES, toForm, type LayoutForm, type Side } from './layout-form';

interface LayoutSettingsProps {
  /** The stored layout. */
  layout: Layout;
  /** Main's answer: the stored settings, or why nothing was stored (zod's message). */
  onSave: (layout: Layout) => Promise<ApiResult<Settings>>;
}

const decimal = (n: number) => n.toLocaleString('vi-VN');
const options = <T extends number>(values: readonly T[], label: (v: T) => string): Option<string>[] =>
  values.map((value) => ({ value: String(value), label: label(value) }));

const SIZE_OPTIONS = options([14, 13] as const, (v) => (v === 14 ? 'Cỡ 14 (thường dùng)' : 'Cỡ 13'));
const INDENT_OPTIONS = options([1, 1.27] as const, (v) => `${decimal(v)} cm`);
const SPACING_VALUES = [1, 1.15, 1.2, 1.25, 1.3, 1.5];
const PARAGRAPH_OPTIONS = options([6, 7, 8, 9, 10, 11, 12], (v) => `${v} pt`);
const GAP_OPTIONS = options([3, 4, 5] as const, (v) => `${v} dòng`);
const RULE_OPTIONS = options([0.5, 0.75] as const, (v) => `${decimal(v)} pt`);

/** "Trình bày văn bản": font size, margins, indents and spacing used by the DOCX export. */
export function LayoutSettings({ layout, onSave }: LayoutSettingsProps) {
  const [form, setForm] = useState<LayoutForm>(() => toForm(layout));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notNumbers, setNotNumbers] = useState<Side[]>([]);
  const [justSaved, setJustSaved] = useState(false);
  const dirty = JSON.stringify(form) !== JSON.stringify(toForm(layout));
  const spacingOptions = options(
    [...new Set([...SPACING_VALUES, form.lineSpacing])].sort((a, b) => a - b),
    (v) => (v === 1 ? 'Đơn (1)' : decimal(v)),
  );

  const set = (patch: Partial<LayoutForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setJustSaved(false);
    setError(null);
    setNotNumbers([]);
  };
  const submit = async () => {
    const built = fromForm(form);
    if ('notNumbers' in built) {
      setNotNumbers(built.notNumbers);
      setError(null);
      return;
    }
    setNotNumbers([]);
    setSaving(true);
    const result = await onSave(built.layout);
    setSaving(false);
    setError(result.ok ? null : result.error.message);
    setJustSaved(result.ok);
    if (result.ok) setForm(toForm(result.value.layout));
  };
  const onField = error === null ? null : fieldError(error);
  const marginError = (side: Side) =>
    notNumbers.includes(side) ? 'Nhập một số milimét, ví dụ 20' : onField?.field === `margins.${side}` ? onField.text : undefined;

  return (
    <section className="settings-section" data-testid="settings-layout" aria-labelledby="settings-layout-title">
      <h2 id="settings-layout-title">Trình bày văn bản</h2>
      <p className="muted">Dùng khi xuất DOCX. Các giới hạn theo Phụ lục I, Nghị định 30/2020/NĐ-CP.</p>
      <div className="grid-4">
        <SelectField label="Cỡ chữ nội dung" value={String(form.sizePreset)} options={SIZE_OPTIONS} testId="layout-sizePreset"
          onChange={(v) => set({ sizePreset: v === '13' ? 13 : 14 })} />
        <SelectField label="Thụt đầu dòng" value={String(form.firstLineIndentCm)} options={INDENT_OPTIONS} testId="layout-firstLineIndentCm"
          onChange={(v) => set({ firstLineIndentCm: v === '1.27' ? 1.27 : 1 })} />
        <SelectField label="Giãn dòng" value={String(form.lineSpacing)} options={spacingOptions} testId="layout-lineSpacing"
          hint="Từ đơn (1) đến 1,5 dòng" onChange={(v) => set({ lineSpacing: Number(v) })} />
        <SelectField label="Cách đoạn trước" value={String(form.paragraphSpacingPt)} options={PARAGRAPH_OPTIONS} testId="layout-paragraphSpacingPt"
          hint="Tối thiểu 6 pt" onChange={(v) => set({ paragraphSpacingPt: Number(v) })} />
      </div>
      <fieldset className="settings-fieldset">
        <legend>Lề trang (mm)</legend>
        <div className="grid-4">
          {SIDES.map(({ side, label }) => (
            <TextInput
              key={side}
              label={label}
              value={form.margins[side]}
              inputMode="numeric"
              hint={`Từ ${MARGIN_RANGES_MM[side][0]} đến ${MARGIN_RANGES_MM[side][1]} mm`}
              error={marginError(side)}
              testId={`layout-margin-${side}`}
              onChange={(text) => set({ margins: { ...form.margins, [side]: text } })}
            />
          ))}
        </div>
      </fieldset>
      <div className="grid-4">
        <SelectField label="Khoảng chừa chỗ ký" value={String(form.signatureGapLines)} options={GAP_OPTIONS} testId="layout-signatureGapLines"
          onChange={(v) => set({ signatureGapLines: Number(v) })} />
        <SelectField label="Độ dày đường kẻ" value={String(form.ruleWeightPt)} options={RULE_OPTIONS} testId="layout-ruleWeightPt"
          onChange={(v) => set({ ruleWeightPt: v === '0.5' ? 0.5 : 0.75 })} />
        <div className="field field-checkbox">
          <CheckboxField label="Thụt đầu dòng cả đề mục (I., 1.)" checked={form.indentHeadings} testId="layout-indentHeadings"
            onChange={(indentHeadings) => set({ indentHeadings })} />
        </div>
      </div>
      {error !== null && onField?.field.startsWith('margins.') !== true ? (
        <p className="field-hint field-error" role="alert" data-testid="layout-error">
          {error}
        </p>
      ) : null}
      <div className="settings-actions">
        <button type="button" className="btn btn-primary" data-testid="btn-save-layout" disabled={!dirty || saving} onClick={() => void submit()}>
          {saving ? 'Đang lưu…' : 'Lưu trình bày'}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="btn-reset-layout"
          disabled={!dirty || saving}
          onClick={() => {
            setForm(toForm(layout));
            setError(null);
            setNotNumbers([]);
          }}
        >
          Hoàn tác thay đổi
        </button>
        {justSaved && !dirty ? (
          <span className="save-state save-saved" data-testid="layout-saved">
            Đã lưu
          </span>
        ) : null}
        {dirty && !saving ? <span className="save-state save-dirty">Chưa lưu</span> : null}
      </div>
    </section>
  );
}
