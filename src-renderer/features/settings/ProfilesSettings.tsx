import { useState } from 'react';
import type { ApiResult } from '@shared/api/errors';
import type { AgencyProfile, Settings } from '@shared/domain/settings-schema';
import { newId } from '../../lib/ids';
import { removeAt, replaceAt } from '../../lib/list-ops';
import { ProfileEditor } from './ProfileEditor';

interface ProfilesSettingsProps {
  /** The stored profiles. */
  profiles: readonly AgencyProfile[];
  /** Main's answer: the stored settings, or why nothing was stored. */
  onSave: (profiles: AgencyProfile[]) => Promise<ApiResult<Settings>>;
}

const emptyProfile = (): AgencyProfile => ({
  id: newId(),
  parentAgency: '',
  issuingAgency: '',
  agencyAbbr: '',
  place: '',
  signers: [],
  usualRecipients: [],
  archive: '',
});

/** "Hồ sơ cơ quan": the agencies a clerk writes for, to fill a draft's header, signer and recipients. */
export function ProfilesSettings({ profiles, onSave }: ProfilesSettingsProps) {
  const [list, setList] = useState<AgencyProfile[]>(() => [...profiles]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const dirty = JSON.stringify(list) !== JSON.stringify(profiles);

  const change = (next: AgencyProfile[]) => {
    setList(next);
    setJustSaved(false);
  };
  const submit = async () => {
    setSaving(true);
    const result = await onSave(list);
    setSaving(false);
    setError(result.ok ? null : result.error.message);
    setJustSaved(result.ok);
    if (result.ok) setList(result.value.profiles);
  };

  return (
    <section className="settings-section" data-testid="settings-profiles" aria-labelledby="settings-profiles-title">
      <h2 id="settings-profiles-title">Hồ sơ cơ quan</h2>
      <p className="muted">Trong trình soạn thảo, chọn “Điền từ hồ sơ cơ quan” để điền phần đầu, người ký và nơi nhận từ một hồ sơ.</p>
      {list.length === 0 ? (
        <p className="muted" data-testid="profiles-empty">
          Chưa có hồ sơ nào.
        </p>
      ) : null}
      {list.length > 0 ? (
        <ul className="profile-cards">
          {list.map((profile, i) => (
            <ProfileEditor
              key={profile.id}
              profile={profile}
              onChange={(next) => change(replaceAt(list, i, next))}
              onRemove={() => change(removeAt(list, i))}
            />
          ))}
        </ul>
      ) : null}
      {error !== null ? (
        <p className="field-hint field-error" role="alert" data-testid="profiles-error">
          {error}
        </p>
      ) : null}
      <div className="settings-actions">
        <button type="button" className="btn" data-testid="btn-add-profile" onClick={() => change([...list, emptyProfile()])}>
          + Thêm hồ sơ cơ quan
        </button>
        <button type="button" className="btn btn-primary" data-testid="btn-save-profiles" disabled={!dirty || saving} onClick={() => void submit()}>
          {saving ? 'Đang lưu…' : 'Lưu hồ sơ cơ quan'}
        </button>
        {dirty ? (
          <button type="button" className="btn" data-testid="btn-reset-profiles" disabled={saving} onClick={() => change([...profiles])}>
            Hoàn tác thay đổi
          </button>
        ) : null}
        {justSaved && !dirty ? (
          <span className="save-state save-saved" data-testid="profiles-saved">
            Đã lưu
          </span>
        ) : null}
        {dirty && !saving ? <span className="save-state save-dirty">Chưa lưu</span> : null}
      </div>
    </section>
  );
}
