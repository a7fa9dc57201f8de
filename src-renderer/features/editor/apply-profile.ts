/** Filling a draft from an agency profile of the settings, and how profiles and signers are named in lists. */
import type { Signer } from '@shared/domain/draft-schema';
import type { AgencyProfile } from '@shared/domain/settings-schema';
import { signerBlockLines } from '@shared/domain/signer-rules';

export { applyProfile, filledParts } from '@shared/templates/apply-profile';

/** How a profile is named in lists: its issuing agency on one line, with the abbreviation. */
export function profileLabel(profile: AgencyProfile): string {
  const name = profile.issuingAgency.split('\n').join(' ').trim() || '(Chưa có tên cơ quan)';
  return profile.agencyAbbr.trim() ? `${name} (${profile.agencyAbbr.trim()})` : name;
}

/** A signer in a list of choices: the title lines it prints, e.g. "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC". */
export function signerSummary(signer: Signer): string {
  const { authority, title } = signerBlockLines(signer);
  return [...authority, ...title].join(' / ');
}

/** One choice per profile and, when it has several, per signer: "profileId|signerIndex". */
export function profileChoices(profiles: readonly AgencyProfile[]): Array<{ value: string; label: string }> {
  return profiles.flatMap((profile) => {
    const name = profileLabel(profile);
    if (profile.signers.length <= 1) return [{ value: `${profile.id}|0`, label: name }];
    return profile.signers.map((signer, i) => ({
      value: `${profile.id}|${i}`,
      label: `${name} — ${signerSummary(signer)}${signer.name ? `, ${signer.name}` : ''}`,
    }));
  });
}

/** The profile and signer a choice of `profileChoices` names, or null. */
export function parseProfileChoice(profiles: readonly AgencyProfile[], choice: string): { profile: AgencyProfile; signerIndex: number } | null {
  const [id, index] = choice.split('|');
  const profile = profiles.find((p) => p.id === id);
  return profile ? { profile, signerIndex: Number(index ?? 0) } : null;
}
