import { Panel } from '../../components/Panel';
import { TextArea } from '../../components/TextArea';
import { inlineText, replaceInlineText } from './inline-edit';
import type { EditorPanelProps } from './types';

/** Kết thúc: the closing sentence ("Trên đây là …"). */
export function ClosingPanel({ draft, update }: EditorPanelProps) {
  return (
    <Panel title="Kết thúc" testId="panel-closing">
      <TextArea
        label="Đoạn kết thúc"
        value={inlineText(draft.closing)}
        onChange={(text) => update((d) => ({ ...d, closing: replaceInlineText(d.closing, text) }))}
        testId="field-closing"
        placeholder="Trên đây là báo cáo … của …"
        hint="Dấu “./.” được thêm khi xuất nếu còn thiếu."
        wide
      />
    </Panel>
  );
}
