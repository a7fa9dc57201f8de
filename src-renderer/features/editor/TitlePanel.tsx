import { Panel } from '../../components/Panel';
import { TextArea } from '../../components/TextArea';
import type { EditorPanelProps } from './types';

/** Trích yếu: what the report is about. */
export function TitlePanel({ draft, update }: EditorPanelProps) {
  return (
    <Panel title="Trích yếu" testId="panel-title">
      <TextArea
        label="Trích yếu nội dung"
        value={draft.title}
        onChange={(title) => update((d) => ({ ...d, title }))}
        testId="field-title"
        placeholder="VD: Kết quả công tác tuyên truyền cải cách hành chính năm 2023"
        hint="Xuống dòng ở đâu thì văn bản xuống dòng ở đó."
        wide
      />
    </Panel>
  );
}
