import type { Draft } from '@shared/domain/draft-schema';
import { Panel } from '../../components/Panel';
import type { Option } from '../../components/SelectField';
import { DraftSelectField } from './fields/DraftSelectField';
import { altLabel } from './shortcut-labels';
import { SectionTree } from './sections/SectionTree';

const OUTLINE_OPTIONS: Option<Draft['outlineStart']>[] = [
  { value: 'roman', label: 'I., 1., a) (báo cáo dài)' },
  { value: 'arabic', label: '1., a) (báo cáo ngắn)' },
];
const PART_OPTIONS: Option<Draft['partStyle']>[] = [
  { value: 'none', label: 'Không có cấp Phần' },
  { value: 'roman', label: 'Phần I, Phần II, …' },
  { value: 'words', label: 'Phần thứ nhất, Phần thứ hai, …' },
];

/** Nội dung: the numbered sections of the report body. */
export function SectionsPanel() {
  return (
    <Panel title="Các mục của báo cáo" testId="panel-sections">
      <div className="grid-3">
        <DraftSelectField field="outlineStart" label="Đánh số mục" options={OUTLINE_OPTIONS} testId="field-outlineStart" />
        <DraftSelectField field="partStyle" label="Cấp Phần (báo cáo rất dài)" options={PART_OPTIONS} testId="field-partStyle" />
      </div>
      <p className="field-hint" data-testid="sections-keys">
        Trong ô tên mục: Enter thêm mục tiếp theo; {altLabel('↑')}/{altLabel('↓')} chuyển mục lên/xuống; {altLabel('→')}/{altLabel('←')} xuống/lên một
        cấp. Có thể kéo biểu tượng ⠿ để chuyển mục.
      </p>
      <SectionTree listKey="sections" withParts />
    </Panel>
  );
}
