import { describe, expect, it } from 'vitest';
import { BLANK_NUMBER, formatKyHieu, formatSoKyHieu } from './doc-number';

describe('số, ký hiệu (NĐ30 II.3)', () => {
  it('joins the groups with "-" and pads numbers below 10', () => {
    expect(formatSoKyHieu({ number: '15', typeAbbr: 'BC', agencyAbbr: 'STTTT' })).toBe('Số: 15/BC-STTTT');
    expect(formatSoKyHieu({ number: '5', typeAbbr: 'BC', agencyAbbr: 'UBND' })).toBe('Số: 05/BC-UBND');
    expect(formatSoKyHieu({ number: '120', typeAbbr: 'BC', agencyAbbr: 'UBND' })).toBe('Số: 120/BC-UBND');
  });

  it('keeps a blank number visible', () => {
    const line = formatSoKyHieu({ number: '', typeAbbr: 'BC', agencyAbbr: 'STTTT' });
    expect(line).toBe(`Số: ${BLANK_NUMBER}/BC-STTTT`);
    expect(BLANK_NUMBER).toMatch(/^\u00A0{4,}$/);
  });

  it('adds the optional extra group and upper-cases without spaces', () => {
    expect(formatKyHieu({ number: '', typeAbbr: 'BC', agencyAbbr: ' sttttt ', extraGroup: 'vp' })).toBe('BC-STTTTT-VP');
    expect(formatKyHieu({ number: '', typeAbbr: 'BC', agencyAbbr: 'BDT', extraGroup: '' })).toBe('BC-BDT');
  });
});
