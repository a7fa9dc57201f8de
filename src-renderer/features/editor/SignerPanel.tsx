import type { Signer } from '@shared/domain/draft-schema';
import { signerProblems } from '@shared/domain/signer-rules';
import { IconButton } from '../../components/IconButton';
import { Panel } from '../../components/Panel';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import {
  addUpper,
  canAddUpper,
  mainLine,
  mainPrefixChoices,
  removeUpper,
  setMainPrefix,
  setMainTitle,
  setUpper,
  upperLine,
  upperPrefixChoices,
} from './signer-form';
import { useDraftEdit, useFieldValue } from './store/hooks';
import { useUndoToast } from './undo-toast';

/** Marks where a check's finding jumps to, without changing the layout of the grid. */
const Anchor = ({ field, children }: { field: string; children: React.ReactNode }) => (
  <div className="field-anchor" data-field={field}>
    {children}
  </div>
);

/** Người ký: signing authority (one prefix, or TM./TL. above KT.), the signer's title and name. */
export function SignerPanel() {
  const signer = useFieldValue<Signer>('signer');
  const editDraft = useDraftEdit();
  const showUndo = useUndoToast();
  // Typing in one line of the block groups; switching prefixes and adding or removing lines are steps of their own.
  const edit = (change: (s: Signer) => Signer, group?: string) =>
    editDraft((d) => ({ ...d, signer: change(d.signer) }), group ? { group } : { focus: 'signer' });
  const main = mainLine(signer);
  const upper = upperLine(signer);
  const mainKey = `signer.authority.${signer.authority.length - 1}.title`;
  const problem = signerProblems(signer.authority)[0]?.message;
  return (
    <Panel title="Người ký" testId="panel-signer">
      {upper ? (
        <div className="grid-signer">
          <SelectField
            label="Dòng thẩm quyền trên"
            value={upper.prefix}
            options={upperPrefixChoices(signer)}
            onChange={(prefix) => edit((s) => setUpper(s, { prefix }))}
            testId="field-upperPrefix"
          />
          <Anchor field="signer.authority.0.title">
            <TextInput
              label="Tên tập thể / chức danh"
              value={upper.title}
              onChange={(title) => edit((s) => setUpper(s, { title }), 'signer.authority.0.title')}
              testId="field-upperTitle"
              placeholder="VD: ỦY BAN NHÂN DÂN"
            />
          </Anchor>
          <IconButton
            icon="✕"
            label="Bỏ dòng thẩm quyền trên (có thể hoàn tác)"
            danger
            testId="btn-remove-upper"
            onClick={() => {
              edit(removeUpper);
              showUndo(`Đã bỏ dòng “${upper.prefix} ${upper.title}”.`);
            }}
          />
        </div>
      ) : null}
      <div className="grid-signer">
        <SelectField
          label="Thẩm quyền ký"
          value={main?.prefix ?? ''}
          options={mainPrefixChoices(signer)}
          onChange={(prefix) => edit((s) => setMainPrefix(s, prefix))}
          testId="field-signerPrefix"
          hint="TM., KT., TL., TUQ., Q."
        />
        {main ? (
          <Anchor field={mainKey}>
            <TextInput
              label="Chức danh thẩm quyền"
              value={main.title}
              onChange={(title) => edit((s) => setMainTitle(s, title), mainKey)}
              testId="field-authorityTitle"
              placeholder="VD: GIÁM ĐỐC"
            />
          </Anchor>
        ) : null}
        <Anchor field="signer.title">
          {signer.title.includes('\n') ? (
            // A two-line title (kept from an older block): a one-line input would drop the break.
            <TextArea label="Chức vụ người ký" value={signer.title} onChange={(title) => edit((s) => ({ ...s, title }), 'signer.title')} testId="field-signerTitle" />
          ) : (
            <TextInput
              label="Chức vụ người ký"
              value={signer.title}
              onChange={(title) => edit((s) => ({ ...s, title }), 'signer.title')}
              testId="field-signerTitle"
              placeholder={main ? 'VD: PHÓ GIÁM ĐỐC' : 'VD: GIÁM ĐỐC'}
              hint={main ? 'Để trống khi trùng chức danh thẩm quyền' : undefined}
            />
          )}
        </Anchor>
        <Anchor field="signer.name">
          <TextInput
            label="Họ và tên"
            value={signer.name}
            onChange={(name) => edit((s) => ({ ...s, name }), 'signer.name')}
            testId="field-signerName"
            placeholder="VD: Nguyễn Văn A"
          />
        </Anchor>
      </div>
      {problem ? (
        <p className="field-hint field-error" role="alert" data-testid="signer-problem">
          {problem}
        </p>
      ) : null}
      {canAddUpper(signer) ? (
        <button type="button" className="btn btn-small" data-testid="btn-add-upper" onClick={() => edit(addUpper)}>
          + Thêm dòng thẩm quyền
        </button>
      ) : null}
    </Panel>
  );
}
