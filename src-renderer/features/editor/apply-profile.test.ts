import { describe, expect, it } from 'vitest';
import { newDraft } from '@shared/domain/new-draft';
import type { AgencyProfile } from '@shared/domain/settings-schema';
import { applyProfile, filledParts, profileLabel, signerSummary } from './apply-profile';

const profile: AgencyProfile = {
  id: 'p1',
  parentAgency: 'UBND TỈNH QUẢNG NGÃI',
  issuingAgency: 'SỞ TƯ PHÁP',
  agencyAbbr: 'STP',
  place: 'Quảng Ngãi',
  signers: [
    { authority: [{ prefix: 'KT.', title: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Bình' },
    { authority: [], title: 'GIÁM ĐỐC', name: 'Lê Văn An' },
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

  it('fills the whole signature block of a two-prefix signer, as its own copy', () => {
    const ubnd = { ...profile, signers: [{ authority: [{ prefix: 'TM.' as const, title: 'ỦY BAN NHÂN DÂN' }, { prefix: 'KT.' as const, title: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Bình' }] };
    const filled = applyProfile(draft, ubnd, 0);
    expect(filled.signer).toEqual(ubnd.signers[0]);
    expect(filled.signer.authority).not.toBe(ubnd.signers[0]?.authority);
    expect(signerSummary(filled.signer)).toBe('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH');
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
