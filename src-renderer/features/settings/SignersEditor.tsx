import { SIGNER_PREFIXES, type SignerPrefix } from '@shared/domain/draft-schema';
import type { AgencyProfile } from '@shared/domain/settings-schema';
import { IconButton } from '../../components/IconButton';
import { insertAt, removeAt, replaceAt } from '../../lib/list-ops';

type SignerProfile = AgencyProfile['signers'][number];

interface SignersEditorProps {
  signers: readonly SignerProfile[];
  onChange: (signers: SignerProfile[]) => void;
  /** Prefix of the test ids: `${testId}-row`, `${testId}-name-${i}`, `btn-add-${testId}`. */
  testId: string;
}

const EMPTY: SignerProfile = { prefix: '', authorityTitle: '', signerTitle: '', name: '' };

/** The usual signers of an agency: authority prefix, titles and name, one row each. */
export function SignersEditor({ signers, onChange, testId }: SignersEditorProps) {
  const set = (i: number, patch: Partial<SignerProfile>) => {
    const current = signers[i];
    if (current) onChange(replaceAt(signers, i, { ...current, ...patch }));
  };
  return (
    <div className="signers-editor">
      {signers.length === 0 ? <p className="muted">Chưa có người ký.</p> : null}
      {signers.map((signer, i) => (
        // Rows have no identity of their own; the index is their key.
        <div className="signer-row" key={i} data-testid={`${testId}-row`}>
          <select
            value={signer.prefix}
            aria-label={`Thẩm quyền ký ${i + 1}`}
            data-testid={`${testId}-prefix-${i}`}
            onChange={(event) => {
              const prefix = SIGNER_PREFIXES.find((p) => p === event.target.value);
              if (prefix !== undefined) set(i, { prefix: prefix satisfies SignerPrefix });
            }}
          >
            {SIGNER_PREFIXES.map((prefix) => (
              <option key={prefix} value={prefix}>
                {prefix === '' ? '(không)' : prefix}
              </option>
            ))}
          </select>
          <input
            type="text"
            value={signer.authorityTitle}
            placeholder="Chức danh thẩm quyền, VD: GIÁM ĐỐC"
            aria-label={`Chức danh thẩm quyền ${i + 1}`}
            data-testid={`${testId}-authorityTitle-${i}`}
            onChange={(event) => set(i, { authorityTitle: event.target.value })}
          />
          <input
            type="text"
            value={signer.signerTitle}
            placeholder="Chức vụ, VD: PHÓ GIÁM ĐỐC"
            aria-label={`Chức vụ người ký ${i + 1}`}
            data-testid={`${testId}-signerTitle-${i}`}
            onChange={(event) => set(i, { signerTitle: event.target.value })}
          />
          <input
            type="text"
            value={signer.name}
            placeholder="Họ và tên"
            aria-label={`Họ và tên người ký ${i + 1}`}
            data-testid={`${testId}-name-${i}`}
            onChange={(event) => set(i, { name: event.target.value })}
          />
          <IconButton icon="✕" label="Bỏ người ký này" danger testId={`btn-remove-${testId}-${i}`} onClick={() => onChange(removeAt(signers, i))} />
        </div>
      ))}
      <button type="button" className="btn btn-small" data-testid={`btn-add-${testId}`} onClick={() => onChange(insertAt(signers, signers.length, EMPTY))}>
        + Thêm người ký
      </button>
    </div>
  );
}
