import type { Draft } from '@shared/domain/draft-schema';
import { Panel } from '../../components/Panel';
import { SelectField, type Option } from '../../components/SelectField';
import { SectionTree } from './SectionTree';
import type { EditorPanelProps } from './types';

const OUTLINE_OPTIONS: Option<Draft['outlineStart']>[] = [
  { value: 'roman', label: 'I., 1., a) (báo cáo dài)' },
  { value: 'arabic', label: '1., a) (báo cáo ngắn)' },
];

/** Nội dung: the numbered sections of the report body. */
export function SectionsPanel({ draft, update }: EditorPanelProps) {
  return (
    <Panel title="Nội dung" testId="panel-sections">
      <div className="grid-3">
        <SelectField
          label="Đánh số mục"
          value={draft.outlineStart}
          options={OUTLINE_OPTIONS}
          onChange={(outlineStart) => update((d) => ({ ...d, outlineStart }))}
          testId="field-outlineStart"
        />
      </div>
      <SectionTree
        sections={draft.sections}
        outlineStart={draft.outlineStart}
        onEdit={(edit) => update((d) => ({ ...d, sections: edit(d.sections) }))}
      />
    </Panel>
  );
}
