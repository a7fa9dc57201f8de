import { SIGNER_PREFIXES, type Signer, type SignerPrefix } from '@shared/domain/draft-schema';
import { Panel } from '../../components/Panel';
import { SelectField, type Option } from '../../components/SelectField';
import { TextInput } from '../../components/TextInput';
import type { EditorPanelProps } from './types';

const PREFIX_OPTIONS: Option<SignerPrefix>[] = SIGNER_PREFIXES.map((value) => ({
  value,
  label: value === '' ? '(không)' : value,
}));

/** Người ký: signing authority, the signer's title and name. */
export function SignerPanel({ draft, update }: EditorPanelProps) {
  const { signer } = draft;
  const setSigner = (patch: Partial<Signer>) => update((d) => ({ ...d, signer: { ...d.signer, ...patch } }));
  return (
    <Panel title="Người ký" testId="panel-signer">
      <div className="grid-signer">
        <SelectField
          label="Thẩm quyền ký"
          value={signer.prefix}
          options={PREFIX_OPTIONS}
          onChange={(prefix) => setSigner({ prefix })}
          testId="field-signerPrefix"
          hint="TM., KT., TL., TUQ., Q."
        />
        <TextInput
          label="Chức danh thẩm quyền"
          value={signer.authorityTitle}
          onChange={(authorityTitle) => setSigner({ authorityTitle })}
          testId="field-authorityTitle"
          placeholder="VD: GIÁM ĐỐC"
        />
        <TextInput
          label="Chức vụ người ký"
          value={signer.signerTitle}
          onChange={(signerTitle) => setSigner({ signerTitle })}
          testId="field-signerTitle"
          placeholder="VD: PHÓ GIÁM ĐỐC"
          hint="Khi khác chức danh thẩm quyền"
        />
        <TextInput
          label="Họ và tên"
          value={signer.name}
          onChange={(name) => setSigner({ name })}
          testId="field-signerName"
          placeholder="VD: Nguyễn Văn A"
        />
      </div>
    </Panel>
  );
}
