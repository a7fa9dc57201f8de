import { useCallback, useState } from 'react';
import type { Notify } from '../../app/use-notices';
import { useApi } from '../../lib/api-context';
import { useApiLoad } from '../../lib/use-api-load';
import { applyProfile, filledParts, parseProfileChoice, profileChoices, profileLabel } from './apply-profile';
import { useDraftEdit } from './store/hooks';

interface ProfileFillBarProps {
  notify: Notify;
  /** Opens "Cài đặt", where profiles are added and edited. */
  onOpenSettings?: (() => void) | undefined;
}

/** "Điền từ hồ sơ cơ quan": one choice per profile and signer, then "Điền" (one undo step). */
export function ProfileFillBar({ notify, onOpenSettings }: ProfileFillBarProps) {
  const api = useApi();
  const load = useCallback(() => api.getSettings({}), [api]);
  const { state } = useApiLoad(load);
  const [choice, setChoice] = useState('');
  const edit = useDraftEdit();
  if (state.status !== 'loaded') return null;
  const { profiles } = state.value;
  const settingsLink = onOpenSettings ? (
    <button type="button" className="link-btn" data-testid="btn-open-profiles" onClick={onOpenSettings}>
      Sửa hồ sơ trong “Cài đặt”
    </button>
  ) : null;
  if (profiles.length === 0) {
    return (
      <p className="muted profile-fill-hint" data-testid="profile-fill-hint">
        Mẹo: thêm hồ sơ cơ quan trong “Cài đặt” để điền nhanh phần đầu, người ký và nơi nhận. {settingsLink}
      </p>
    );
  }
  const fill = () => {
    const chosen = parseProfileChoice(profiles, choice);
    if (!chosen) return;
    edit((draft) => applyProfile(draft, chosen.profile, chosen.signerIndex), { focus: 'header.issuingAgency' });
    notify(`Đã điền ${filledParts(chosen.profile, chosen.signerIndex).join(', ')} từ hồ sơ “${profileLabel(chosen.profile)}”.`, 'info');
  };
  return (
    <div className="profile-fill" data-testid="profile-fill">
      <label className="profile-fill-label" htmlFor="profile-fill-select">
        Điền từ hồ sơ cơ quan
      </label>
      <select id="profile-fill-select" value={choice} data-testid="profile-fill-select" onChange={(event) => setChoice(event.target.value)}>
        <option value="">— Chọn hồ sơ —</option>
        {profileChoices(profiles).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn-small" data-testid="btn-profile-fill" disabled={choice === ''} onClick={fill}>
        Điền
      </button>
      {settingsLink}
    </div>
  );
}
