import { describe, expect, it } from 'vitest';
import { checkDraft } from './registry';
import { cleanDraft, findings, only, type EditableDraft } from './test-draft';
import type { FieldPath } from './types';

/** Each required field, emptied. */
const EMPTIED: Array<[string, FieldPath, (d: EditableDraft) => void]> = [
  ['required.issuingAgency', ['header', 'issuingAgency'], (d) => void (d.header.issuingAgency = '  ')],
  ['required.agencyAbbr', ['header', 'agencyAbbr'], (d) => void (d.header.agencyAbbr = '')],
  ['required.place', ['header', 'place'], (d) => void (d.header.place = '')],
  ['required.title', ['title'], (d) => void (d.title = '\n')],
  ['required.signerName', ['signer', 'name'], (d) => void (d.signer.name = '')],
  ['required.signerTitle', ['signer', 'title'], (d) => void (d.signer.title = ' ')],
];

describe('required fields', () => {
  it('finds nothing missing in a complete report', () => {
    expect(checkDraft(cleanDraft())).toEqual([]);
  });

  it.each(EMPTIED)('reports %s as an error at %j', (id, field, edit) => {
    const finding = only(cleanDraft(edit), id);
    expect(finding).toMatchObject({ severity: 'error', field });
    expect(finding.message).toMatch(/^Chưa /u);
  });

  it('needs no own title under "Q. GIÁM ĐỐC", which says it, but does under KT., TM. and no prefix', () => {
    const acting = cleanDraft((d) => {
      d.signer = { authority: [{ prefix: 'Q.', title: 'GIÁM ĐỐC' }], title: '', name: 'Nguyễn Văn A' };
    });
    expect(findings(acting, 'required.signerTitle')).toEqual([]);
    for (const authority of [[], [{ prefix: 'KT.' as const, title: 'GIÁM ĐỐC' }], [{ prefix: 'TM.' as const, title: 'ỦY BAN NHÂN DÂN' }]]) {
      const draft = cleanDraft((d) => {
        d.signer = { authority, title: '', name: 'Nguyễn Văn A' };
      });
      expect(findings(draft, 'required.signerTitle')).toHaveLength(1);
    }
  });

  it('reports an authority line without a title, at that line', () => {
    const draft = cleanDraft((d) => {
      d.signer = { authority: [{ prefix: 'TM.', title: '' }, { prefix: 'KT.', title: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'Trần B' };
    });
    expect(only(draft, 'required.authorityTitle')).toMatchObject({ field: ['signer', 'authority', 0, 'title'] });
    expect(only(draft, 'required.authorityTitle').message).toContain('TM. ỦY BAN NHÂN DÂN');
  });

  it('reports a Nơi nhận with no recipient, unless Kính gửi gives one ("Như trên" is printed)', () => {
    const none = cleanDraft((d) => {
      d.noiNhan.recipients = ['', ' '];
      d.kinhGui = [];
    });
    expect(only(none, 'required.noiNhan')).toMatchObject({ severity: 'error', field: ['noiNhan', 'recipients'] });
    const upward = cleanDraft((d) => {
      d.noiNhan.recipients = [];
    });
    expect(findings(upward, 'required.noiNhan')).toEqual([]);
  });
});
