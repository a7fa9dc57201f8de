import { describe, expect, it } from 'vitest';
import { cleanDraft, deepFreeze, findings, only } from './test-draft';

describe('header checks', () => {
  it('reports a date that is not on the calendar', () => {
    const draft = cleanDraft((d) => {
      d.header.date = { day: 30, month: 2, year: 2024 };
    });
    expect(only(draft, 'header.invalidDate')).toMatchObject({ severity: 'error', field: ['header', 'date'] });
    const leap = cleanDraft((d) => {
      d.header.date = { day: 29, month: 2, year: 2024 };
    });
    expect(findings(leap, 'header.invalidDate')).toEqual([]);
  });

  it('reports an agency abbreviation that repeats "BC-", and strips it', () => {
    const draft = deepFreeze(
      cleanDraft((d) => {
        d.header.agencyAbbr = 'bc-STTTT';
      }),
    );
    const finding = only(draft, 'header.abbrRepeatsType');
    expect(finding.message).toContain('BC-bc-STTTT');
    expect(finding.fix?.apply(draft).header.agencyAbbr).toBe('STTTT');
    expect(findings(cleanDraft((d) => (d.header.agencyAbbr = 'BCĐ')), 'header.abbrRepeatsType')).toEqual([]);
  });

  it('warns of spaces inside the abbreviation', () => {
    const draft = cleanDraft((d) => {
      d.header.agencyAbbr = 'STT TT';
    });
    const finding = only(draft, 'header.abbrSpaces');
    expect(finding.severity).toBe('warning');
    expect(finding.fix?.apply(draft).header.agencyAbbr).toBe('STTTT');
    expect(findings(cleanDraft((d) => (d.header.agencyAbbr = ' STTTT ')), 'header.abbrSpaces')).toEqual([]);
  });
});
