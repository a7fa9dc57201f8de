import { useCallback, useState } from 'react';
import type { Notify } from '../../app/use-notices';
import { api } from '../../lib/api';
import { useApiLoad } from '../../lib/use-api-load';
import { applyProfile, filledParts, profileLabel } from './apply-profile';
import type { UpdateDraft } from './types';

interface ProfileFillBarProps {
  update: UpdateDraft;
  notify: Notify;
}

/** "Điền từ hồ sơ cơ quan": one choice per profile and signer, then "Điền". */
export function ProfileFillBar({ update, notify }: ProfileFillBarProps) {
  const load = useCallback(() => api.getSettings({}), []);
  const { state } = useApiLoad(load);
  const [choice, setChoice] = useState('');
  if (state.status !== 'loaded') return null;
  const { profiles } = state.value;
  if (profiles.length === 0) {
    return (
      <p className="muted profile-fill-hint" data-testid="profile-fill-hint">
        Mẹo: thêm hồ sơ cơ quan trong “Cài đặt” để điền nhanh phần đầu, người ký và nơi nhận.
      </p>
    );
  }
  const options = profiles.flatMap((profile) => {
    const name = profileLabel(profile);
    if (profile.signers.length <= 1) return [{ value: `${profile.id}|0`, label: name }];
    return profile.signers.map((signer, i) => ({
      value: `${profile.id}|${i}`,
      label: `${name} — ${[signer.prefix, signer.authorityTitle].filter(Boolean).join(' ')}${signer.name ? `, ${signer.name}` : ''}`,
    }));
  });
  const fill = () => {
    const [id, index] = choice.split('|');
    const profile = profiles.find((p) => p.id === id);
    if (!profile) return;
    const signerIndex = Number(index ?? 0);
    update((draft) => applyProfile(draft, profile, signerIndex));
    notify(`Đã điền ${filledParts(profile, signerIndex).join(', ')} từ hồ sơ “${profileLabel(profile)}”.`, 'info');
  };
  return (
    <div className="profile-fill" data-testid="profile-fill">
      <label className="profile-fill-label" htmlFor="profile-fill-select">
        Điền từ hồ sơ cơ quan
      </label>
      <select id="profile-fill-select" value={choice} data-testid="profile-fill-select" onChange={(event) => setChoice(event.target.value)}>
        <option value="">— Chọn hồ sơ —</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn-small" data-testid="btn-profile-fill" disabled={choice === ''} onClick={fill}>
        Điền
      </button>
    </div>
  );
}
