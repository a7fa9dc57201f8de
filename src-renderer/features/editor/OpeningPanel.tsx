import { Panel } from '../../components/Panel';
import { BlockList } from './BlockList';
import type { EditorPanelProps } from './types';

/** Mở đầu: the paragraphs before the first numbered section. */
export function OpeningPanel({ draft, update }: EditorPanelProps) {
  return (
    <Panel title="Mở đầu" testId="panel-opening">
      <BlockList
        blocks={draft.opening}
        onChange={(opening) => update((d) => ({ ...d, opening }))}
        testId="opening-block"
        emptyText="Không có đoạn mở đầu."
      />
    </Panel>
  );
}
