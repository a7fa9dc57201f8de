import { IntegerField } from '../../components/IntegerField';
import { Panel } from '../../components/Panel';
import { TextInput } from '../../components/TextInput';
import type { EditorPanelProps } from './types';

function parseCopies(text: string): number | null | undefined {
  if (text === '') return null;
  return /^\d{1,6}$/.test(text) ? Number(text) : undefined;
}

/** Ô 12: the drafter's code and the number of copies issued. */
export function DrafterPanel({ draft, update }: EditorPanelProps) {
  const { drafter } = draft;
  return (
    <Panel title="Người soạn thảo (ô 12)" testId="panel-drafter" folded>
      <div className="grid-3">
        <TextInput
          label="Ký hiệu người soạn thảo"
          value={drafter.code}
          onChange={(code) => update((d) => ({ ...d, drafter: { ...d.drafter, code } }))}
          testId="field-drafterCode"
          placeholder="VD: PL"
        />
        <IntegerField
          label="Số bản phát hành"
          value={drafter.copies}
          parse={parseCopies}
          invalidHint="Số bản chỉ gồm chữ số"
          onChange={(copies) => update((d) => ({ ...d, drafter: { ...d.drafter, copies } }))}
          testId="field-copies"
        />
      </div>
    </Panel>
  );
}
