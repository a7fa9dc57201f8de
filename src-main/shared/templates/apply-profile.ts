/** Fills a draft's header, signer and recipients from an agency profile (new drafts and "Điền từ hồ sơ"). */
import type { Draft } from '../domain/draft-schema';
import type { AgencyProfile } from '../domain/settings-schema';

const hasNoiNhan = (profile: AgencyProfile) => profile.usualRecipients.length > 0 || profile.archive.trim() !== '';

/** The parts of the draft a fill changes, in Vietnamese, for the message to the clerk. */
export function filledParts(profile: AgencyProfile, signerIndex: number): string[] {
  return ['phần đầu', ...(profile.signers[signerIndex] ? ['người ký'] : []), ...(hasNoiNhan(profile) ? ['nơi nhận'] : [])];
}

/**
 * The draft with the profile's agencies, abbreviation and place, the chosen signer (when the
 * profile has one) and the usual recipients and archive line (when the profile has them).
 */
export function applyProfile(draft: Draft, profile: AgencyProfile, signerIndex: number): Draft {
  const signer = profile.signers[signerIndex];
  return {
    ...draft,
    header: {
      ...draft.header,
      parentAgency: profile.parentAgency,
      issuingAgency: profile.issuingAgency,
      agencyAbbr: profile.agencyAbbr,
      place: profile.place,
    },
    signer: signer ? { ...signer, authority: signer.authority.map((line) => ({ ...line })) } : draft.signer,
    noiNhan: hasNoiNhan(profile)
      ? {
          recipients: profile.usualRecipients.length > 0 ? [...profile.usualRecipients] : draft.noiNhan.recipients,
          archive: profile.archive.trim() ? profile.archive : draft.noiNhan.archive,
        }
      : draft.noiNhan,
  };
}
