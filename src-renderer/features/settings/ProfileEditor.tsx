import type { AgencyProfile } from '@shared/domain/settings-schema';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Field } from '../../components/Field';
import { StringListEditor } from '../../components/StringListEditor';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { profileLabel } from '../editor/apply-profile';
import { SignersEditor } from './SignersEditor';

interface ProfileEditorProps {
  profile: AgencyProfile;
  onChange: (profile: AgencyProfile) => void;
  onRemove: () => void;
}

/** One agency profile: header lines, place, signers, usual recipients and the archive line. */
export function ProfileEditor({ profile, onChange, onRemove }: ProfileEditorProps) {
  const set = (patch: Partial<AgencyProfile>) => onChange({ ...profile, ...patch });
  return (
    <li className="profile-card" data-testid="profile-card" data-profile-id={profile.id}>
      <div className="profile-card-head">
        <span className="profile-card-title">{profileLabel(profile)}</span>
        <ConfirmButton label="Xóa hồ sơ" question="Xóa hồ sơ này?" testId="btn-remove-profile" onConfirm={onRemove} small />
      </div>
      <div className="grid-2">
        <TextArea
          label="Cơ quan chủ quản"
          value={profile.parentAgency}
          onChange={(parentAgency) => set({ parentAgency })}
          testId="profile-parentAgency"
          hint="Có thể để trống. Mỗi dòng một dòng trên văn bản."
        />
        <TextArea
          label="Cơ quan ban hành"
          value={profile.issuingAgency}
          onChange={(issuingAgency) => set({ issuingAgency })}
          testId="profile-issuingAgency"
          placeholder="VD: SỞ TƯ PHÁP"
        />
      </div>
      <div className="grid-3">
        <TextInput label="Viết tắt cơ quan" value={profile.agencyAbbr} onChange={(agencyAbbr) => set({ agencyAbbr })} testId="profile-agencyAbbr" placeholder="VD: STP" />
        <TextInput label="Địa danh" value={profile.place} onChange={(place) => set({ place })} testId="profile-place" placeholder="VD: Quảng Ngãi" />
        <Field label="Lưu" hint="Phần sau “Lưu: VT, ”.">
          <span className="prefixed">
            <span className="prefix">Lưu: VT,</span>
            <input type="text" value={profile.archive} placeholder="VD: VP" data-testid="profile-archive" onChange={(event) => set({ archive: event.target.value })} />
          </span>
        </Field>
      </div>
      <div className="profile-lists">
        <div>
          <h3 className="profile-sub">Người ký thường dùng</h3>
          <SignersEditor signers={profile.signers} onChange={(signers) => set({ signers })} testId="profile-signer" />
        </div>
        <div>
          <h3 className="profile-sub">Nơi nhận thường dùng</h3>
          <StringListEditor
            items={profile.usualRecipients}
            onChange={(usualRecipients) => set({ usualRecipients })}
            testId="profile-recipient"
            addLabel="+ Thêm nơi nhận"
            placeholder="VD: UBND tỉnh (để b/c)"
            emptyText="Chưa có nơi nhận."
          />
        </div>
      </div>
    </li>
  );
}
