import { describe, expect, it } from 'vitest';
import { newDraft } from '@shared/domain/new-draft';
import type { AgencyProfile } from '@shared/domain/settings-schema';
import { applyProfile, filledParts, profileLabel } from './apply-profile';

const profile: AgencyProfile = {
  id: 'p1',
  parentAgency: 'UBND TỈNH QUẢNG NGÃI',
  issuingAgency: 'SỞ TƯ PHÁP',
  agencyAbbr: 'STP',
  place: 'Quảng Ngãi',
  signers: [
    { prefix: 'KT.', authorityTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Bình' },
    { prefix: '', authorityTitle: 'GIÁM ĐỐC', signerTitle: '', name: 'Lê Văn An' },
  ],
  usualRecipients: ['UBND tỉnh (để b/c)'],
  archive: 'VP',
};

describe('applyProfile', () => {
  const draft = newDraft({ id: 'draft-1', now: '2024-01-01T00:00:00.000Z' });

  it('fills the header, the chosen signer and the recipients', () => {
    const filled = applyProfile(draft, profile, 1);
    expect(filled.header).toMatchObject({ parentAgency: 'UBND TỈNH QUẢNG NGÃI', issuingAgency: 'SỞ TƯ PHÁP', agencyAbbr: 'STP', place: 'Quảng Ngãi' });
    expect(filled.header.number).toBe(draft.header.number);
    expect(filled.signer.name).toBe('Lê Văn An');
    expect(filled.noiNhan).toEqual({ recipients: ['UBND tỉnh (để b/c)'], archive: 'VP' });
    expect(filledParts(profile, 1)).toEqual(['phần đầu', 'người ký', 'nơi nhận']);
  });

  it('keeps the signer and recipients when the profile has none', () => {
    const bare = { ...profile, signers: [], usualRecipients: [], archive: '' };
    const filled = applyProfile(draft, bare, 0);
    expect(filled.signer).toEqual(draft.signer);
    expect(filled.noiNhan).toEqual(draft.noiNhan);
    expect(filledParts(bare, 0)).toEqual(['phần đầu']);
    expect(profileLabel(profile)).toBe('SỞ TƯ PHÁP (STP)');
  });
});
