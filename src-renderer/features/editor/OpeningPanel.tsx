import { Panel } from '../../components/Panel';
import { BlocksOf } from './BlocksOf';
import { GuidanceNote } from './GuidanceNote';

/** Mở đầu: the paragraphs before the first numbered section (căn cứ). */
export function OpeningPanel({ guidance, example }: { guidance?: string | undefined; example?: string | undefined }) {
  return (
    <Panel title="Mở đầu, căn cứ" testId="panel-opening">
      <GuidanceNote guidance={guidance} example={example} testId="guidance-opening" />
      <BlocksOf field="opening" label="Nội dung phần mở đầu" testId="opening-block" emptyText="Không có đoạn mở đầu." />
    </Panel>
  );
}
