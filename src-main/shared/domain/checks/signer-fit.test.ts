import { describe, expect, it } from 'vitest';
import type { Signer } from '../draft-schema';
import { checkDraft } from './registry';
import { cleanDraft, deepFreeze, findings, only } from './test-draft';

const withSigner = (signer: Signer) => deepFreeze(cleanDraft((d) => (d.signer = signer)));
const kt = (title: string, own: string): Signer => ({ authority: [{ prefix: 'KT.', title }], title: own, name: 'Nguyễn Văn A' });

describe('signer prefix and titles', () => {
  it('accepts the forms of real reports', () => {
    const forms: Signer[] = [
      kt('GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'),
      kt('CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC'),
      kt('BỘ TRƯỞNG', 'THỨ TRƯỞNG'),
      { authority: [{ prefix: 'TM.', title: 'ỦY BAN NHÂN DÂN' }, { prefix: 'KT.', title: 'CHỦ TỊCH' }], title: 'PHÓ CHỦ TỊCH', name: 'A' },
      { authority: [{ prefix: 'TM.', title: 'BAN CHỈ ĐẠO' }], title: 'PHÓ TRƯỞNG BAN', name: 'A' },
      { authority: [{ prefix: 'TM.', title: 'BAN GIÁM ĐỐC' }], title: 'GIÁM ĐỐC', name: 'A' },
      { authority: [{ prefix: 'TL.', title: 'GIÁM ĐỐC' }], title: 'CHÁNH VĂN PHÒNG', name: 'A' },
      { authority: [{ prefix: 'Q.', title: 'GIÁM ĐỐC' }], title: 'GIÁM ĐỐC', name: 'A' },
      { authority: [], title: 'GIÁM ĐỐC', name: 'A' },
    ];
    for (const signer of forms) expect(checkIds(withSigner(signer)), JSON.stringify(signer)).toEqual([]);
  });

  it('reports KT., TL. or TUQ. over the signer\'s own title', () => {
    const finding = only(withSigner(kt('GIÁM ĐỐC', 'Giám đốc')), 'signer.sameTitle');
    expect(finding).toMatchObject({ severity: 'error', field: ['signer', 'title'] });
    expect(finding.message).toContain('PHÓ GIÁM ĐỐC');
    const tl = withSigner({ authority: [{ prefix: 'TL.', title: 'CHỦ TỊCH' }], title: 'CHỦ TỊCH', name: 'A' });
    expect(only(tl, 'signer.sameTitle').message).toContain('TL. CHỦ TỊCH');
  });

  it('warns when KT. is signed by someone whose title is not a deputy\'s', () => {
    const draft = withSigner(kt('GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'));
    expect(only(draft, 'signer.notDeputy')).toMatchObject({ severity: 'warning', field: ['signer', 'title'] });
    expect(findings(draft, 'signer.sameTitle')).toEqual([]);
  });

  it('reports TM. before one person\'s title, and fixes the two clear cases', () => {
    const deputy = withSigner({ authority: [{ prefix: 'TM.', title: 'GIÁM ĐỐC' }], title: 'PHÓ GIÁM ĐỐC', name: 'A' });
    const finding = only(deputy, 'signer.tmNotCollective');
    expect(finding).toMatchObject({ severity: 'error', field: ['signer', 'authority', 0, 'title'] });
    expect(finding.fix?.label).toBe('Đổi thành “KT.”');
    const fixed = finding.fix?.apply(deputy);
    expect(fixed?.signer.authority).toEqual([{ prefix: 'KT.', title: 'GIÁM ĐỐC' }]);
    expect(fixed && checkIds(fixed)).toEqual([]);

    const head = withSigner({ authority: [{ prefix: 'TM.', title: 'CHỦ TỊCH' }], title: 'CHỦ TỊCH', name: 'A' });
    expect(only(head, 'signer.tmNotCollective').fix?.apply(head).signer.authority).toEqual([]);

    for (const title of ['TRƯỞNG BAN', 'CỤC TRƯỞNG', 'TỔNG GIÁM ĐỐC', 'CHỦ NHIỆM']) {
      const draft = withSigner({ authority: [{ prefix: 'TM.', title }], title: 'CHUYÊN VIÊN', name: 'A' });
      expect(only(draft, 'signer.tmNotCollective').fix, title).toBeUndefined();
    }
  });
});

function checkIds(draft: ReturnType<typeof cleanDraft>): string[] {
  return checkDraft(draft).map((f) => f.id);
}
