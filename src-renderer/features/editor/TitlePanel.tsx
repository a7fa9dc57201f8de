import { Panel } from '../../components/Panel';
import { DraftTextField } from './fields/DraftTextField';

/** Trích yếu: what the report is about. */
export function TitlePanel({ guidance }: { guidance?: string | undefined }) {
  return (
    <Panel title="Trích yếu" testId="panel-title">
      <DraftTextField
        field="title"
        label="Trích yếu nội dung"
        testId="field-title"
        placeholder="VD: Kết quả công tác tuyên truyền cải cách hành chính năm 2023"
        hint={`${guidance ? `${guidance} ` : ''}Xuống dòng ở đâu thì văn bản xuống dòng ở đó; chữ thường, không viết hoa cả câu.`}
        multiline
        wide
      />
    </Panel>
  );
}
