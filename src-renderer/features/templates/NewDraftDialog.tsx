import { useCallback, useId, useState } from 'react';
import type { MethodArgs } from '@shared/api/contract';
import { ModalDialog } from '../../components/ModalDialog';
import { useApi } from '../../lib/api-context';
import { useApiLoad } from '../../lib/use-api-load';
import { parseProfileChoice, profileChoices } from '../editor/apply-profile';
import { useTemplates } from './templates-context';
import './templates.css';

export type NewDraftChoice = MethodArgs<'createDraft'>;

interface NewDraftDialogProps {
  busy?: boolean;
  onCreate: (choice: NewDraftChoice) => void;
  onCancel: () => void;
}

/**
 * "Tạo báo cáo mới": choose a template (its outline shown) and the agency profile that fills the
 * header, the signer and the usual recipients. Main builds the draft from both.
 * Test ids: `new-draft-dialog`, `template-option-<id>`, `new-draft-profile`, `btn-create-draft`.
 */
export function NewDraftDialog({ busy = false, onCreate, onCancel }: NewDraftDialogProps) {
  const api = useApi();
  const titleId = useId();
  const templates = useTemplates();
  const loadSettings = useCallback(() => api.getSettings({}), [api]);
  const { state: settings } = useApiLoad(loadSettings);
  const profiles = settings.status === 'loaded' ? settings.value.profiles : [];
  const [chosen, setChosen] = useState<string | null>(null);
  const [profile, setProfile] = useState<string | null>(null);
  const list = templates.status === 'loaded' ? templates.value : [];
  const template = chosen ?? list[0]?.id ?? null;
  // The first profile is the clerk's own agency in nearly every office: offered by default.
  const profileChoice = profile ?? profileChoices(profiles)[0]?.value ?? '';

  const create = () => {
    if (template === null) return;
    const picked = parseProfileChoice(profiles, profileChoice);
    onCreate(picked ? { template, profileId: picked.profile.id, signerIndex: picked.signerIndex } : { template });
  };

  return (
    <ModalDialog className="dialog dialog-wide new-draft-dialog" labelledBy={titleId} testId="new-draft-dialog" onCancel={onCancel} busy={busy}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          create();
        }}
      >
        <h2 className="dialog-question" id={titleId}>
          Tạo báo cáo mới
        </h2>
        {templates.status === 'failed' ? (
          <p className="error-text" role="alert">
            {templates.message}
          </p>
        ) : null}
        <fieldset className="template-choices">
          <legend>Chọn mẫu báo cáo</legend>
          {list.map((item) => (
            <label key={item.id} className={item.id === template ? 'template-choice template-chosen' : 'template-choice'} data-testid={`template-option-${item.id}`}>
              <input type="radio" name="template" value={item.id} checked={item.id === template} onChange={() => setChosen(item.id)} autoFocus={item.id === template} />
              <span className="template-text">
                <span className="template-name">{item.name}</span>
                <span className="template-description">{item.description}</span>
                {item.sections.length > 0 ? (
                  <span className="template-outline">Dàn ý: {item.sections.map((s) => s.title.replace(/\{(year|nextYear)\}/g, '…')).join(' · ')}</span>
                ) : null}
              </span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field-label">Điền phần đầu, người ký và nơi nhận từ hồ sơ cơ quan</span>
          <select value={profileChoice} data-testid="new-draft-profile" onChange={(event) => setProfile(event.target.value)}>
            <option value="">(Không dùng hồ sơ, tự nhập)</option>
            {profileChoices(profiles).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {profiles.length === 0 && settings.status === 'loaded' ? (
            <span className="field-hint">Chưa có hồ sơ cơ quan; có thể thêm trong “Cài đặt” để lần sau điền nhanh.</span>
          ) : null}
        </label>
        <div className="dialog-actions">
          <button type="button" className="btn" data-testid="btn-cancel-new-draft" disabled={busy} onClick={onCancel}>
            Hủy
          </button>
          <button type="submit" className="btn btn-primary" data-testid="btn-create-draft" disabled={busy || template === null}>
            {busy ? 'Đang tạo…' : 'Tạo báo cáo'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
