import type { AuthorityPrefix, Signer } from '@shared/domain/draft-schema';
import type { SignerProfile } from '@shared/domain/settings-schema';
import { IconButton } from '../../components/IconButton';
import { insertAt, removeAt, replaceAt } from '../../lib/list-ops';
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
  type MainPrefix,
  type PrefixChoice,
} from '../editor/signer-form';

interface SignersEditorProps {
  signers: readonly SignerProfile[];
  onChange: (signers: SignerProfile[]) => void;
  /** Prefix of the test ids: `${testId}-row`, `${testId}-name-${i}`, `btn-add-${testId}`. */
  testId: string;
}

const EMPTY: SignerProfile = { authority: [], title: '', name: '' };

/** A select over prefixes that reports only values it offered. */
function PrefixSelect<P extends MainPrefix>(props: { value: P; options: readonly PrefixChoice<P>[]; label: string; testId: string; onChange: (p: P) => void }) {
  return (
    <select
      value={props.value}
      aria-label={props.label}
      data-testid={props.testId}
      onChange={(event) => {
        const chosen = props.options.find((option) => option.value === event.target.value);
        if (chosen !== undefined) props.onChange(chosen.value);
      }}
    >
      {props.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** The usual signers of an agency: authority prefix (TM./TL. above KT. when needed), titles and name, one row each. */
export function SignersEditor({ signers, onChange, testId }: SignersEditorProps) {
  const edit = (i: number, change: (s: Signer) => Signer) => {
    const current = signers[i];
    if (current) onChange(replaceAt(signers, i, change(current)));
  };
  return (
    <div className="signers-editor">
      {signers.length === 0 ? <p className="muted">Chưa có người ký.</p> : null}
      {signers.map((signer, i) => {
        const main = mainLine(signer);
        const upper = upperLine(signer);
        return (
          // Rows have no identity of their own; the index is their key.
          <div className="signer-block" key={i} data-testid={`${testId}-row`}>
            {upper ? (
              <div className="signer-row">
                <PrefixSelect<AuthorityPrefix>
                  value={upper.prefix}
                  options={upperPrefixChoices(signer)}
                  label={`Dòng thẩm quyền trên ${i + 1}`}
                  testId={`${testId}-upperPrefix-${i}`}
                  onChange={(prefix) => edit(i, (s) => setUpper(s, { prefix }))}
                />
                <input
                  type="text"
                  value={upper.title}
                  placeholder="Tên tập thể, VD: ỦY BAN NHÂN DÂN"
                  aria-label={`Tên tập thể hoặc chức danh ${i + 1}`}
                  data-testid={`${testId}-upperTitle-${i}`}
                  onChange={(event) => edit(i, (s) => setUpper(s, { title: event.target.value }))}
                />
                <IconButton icon="✕" label="Bỏ dòng thẩm quyền trên" danger testId={`btn-remove-upper-${testId}-${i}`} onClick={() => edit(i, removeUpper)} />
              </div>
            ) : null}
            <div className="signer-row">
              <PrefixSelect<MainPrefix>
                value={main?.prefix ?? ''}
                options={mainPrefixChoices(signer)}
                label={`Thẩm quyền ký ${i + 1}`}
                testId={`${testId}-prefix-${i}`}
                onChange={(prefix) => edit(i, (s) => setMainPrefix(s, prefix))}
              />
              <input
                type="text"
                value={main?.title ?? ''}
                disabled={!main}
                placeholder="Chức danh thẩm quyền, VD: GIÁM ĐỐC"
                aria-label={`Chức danh thẩm quyền ${i + 1}`}
                data-testid={`${testId}-authorityTitle-${i}`}
                onChange={(event) => edit(i, (s) => setMainTitle(s, event.target.value))}
              />
              {signer.title.includes('\n') ? (
                // A two-line title (kept from an older block): a one-line input would drop the break.
                <textarea
                  value={signer.title}
                  rows={2}
                  aria-label={`Chức vụ người ký ${i + 1}`}
                  data-testid={`${testId}-signerTitle-${i}`}
                  onChange={(event) => edit(i, (s) => ({ ...s, title: event.target.value }))}
                />
              ) : (
                <input
                  type="text"
                  value={signer.title}
                  placeholder="Chức vụ, VD: PHÓ GIÁM ĐỐC"
                  aria-label={`Chức vụ người ký ${i + 1}`}
                  data-testid={`${testId}-signerTitle-${i}`}
                  onChange={(event) => edit(i, (s) => ({ ...s, title: event.target.value }))}
                />
              )}
              <input
                type="text"
                value={signer.name}
                placeholder="Họ và tên"
                aria-label={`Họ và tên người ký ${i + 1}`}
                data-testid={`${testId}-name-${i}`}
                onChange={(event) => edit(i, (s) => ({ ...s, name: event.target.value }))}
              />
              <IconButton icon="✕" label="Bỏ người ký này" danger testId={`btn-remove-${testId}-${i}`} onClick={() => onChange(removeAt(signers, i))} />
            </div>
            {canAddUpper(signer) ? (
              <button type="button" className="btn btn-small" data-testid={`btn-add-upper-${testId}-${i}`} onClick={() => edit(i, addUpper)}>
                + Thêm dòng thẩm quyền
              </button>
            ) : null}
          </div>
        );
      })}
      <button type="button" className="btn btn-small" data-testid={`btn-add-${testId}`} onClick={() => onChange(insertAt(signers, signers.length, EMPTY))}>
        + Thêm người ký
      </button>
    </div>
  );
}
