import { Panel } from '../../components/Panel';
import { DraftTextField } from './fields/DraftTextField';
import { SyncedIntegerField } from './fields/SyncedIntegerField';
import { useDraftField } from './store/hooks';

function parseCopies(text: string): number | null | undefined {
  if (text === '') return null;
  return /^\d{1,6}$/.test(text) ? Number(text) : undefined;
}

function CopiesField() {
  const [copies, setCopies] = useDraftField<number | null>('drafter.copies');
  return (
    <SyncedIntegerField
      label="Số bản phát hành"
      value={copies}
      parse={parseCopies}
      invalidHint="Số bản chỉ gồm chữ số"
      onChange={setCopies}
      testId="field-copies"
      field="drafter.copies"
    />
  );
}

/** Ô 12: the drafter's code and the number of copies issued. */
export function DrafterPanel() {
  return (
    <Panel title="Người soạn thảo và số bản (ô 12)" testId="panel-drafter" folded>
      <div className="grid-3">
        <DraftTextField field="drafter.code" label="Ký hiệu người soạn thảo" testId="field-drafterCode" placeholder="VD: PL" />
        <CopiesField />
      </div>
    </Panel>
  );
}
