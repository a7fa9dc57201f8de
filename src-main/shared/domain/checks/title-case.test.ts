import { describe, expect, it } from 'vitest';
import { cleanDraft, findings, only } from './test-draft';
import { isAllCaps, toSentenceCase } from './title-case';

describe('trích yếu in capitals', () => {
  it('reports a trích yếu typed in capitals and fixes it to sentence case, abbreviations kept', () => {
    const draft = cleanDraft((d) => {
      d.title = 'KẾT QUẢ CÔNG TÁC CCHC CỦA UBND TỈNH NĂM 2023';
    });
    const finding = only(draft, 'title.allCaps');
    expect(finding).toMatchObject({ severity: 'error', field: ['title'] });
    expect(finding.fix?.apply(draft).title).toBe('Kết quả công tác CCHC của UBND tỉnh năm 2023');
  });

  it('leaves sentence case, and capitals in abbreviations or proper names inside it, alone', () => {
    for (const title of ['Kết quả công tác CCHC năm 2023', 'Tình hình thực hiện Nghị quyết của HĐND tỉnh', 'Về UBND', 'CCHC']) {
      expect(findings(cleanDraft((d) => (d.title = title)), 'title.allCaps'), title).toEqual([]);
    }
  });

  it('keeps line breaks and starts with a capital', () => {
    expect(toSentenceCase('TÌNH HÌNH KINH TẾ\nXÃ HỘI QUÝ I, VI PHẠM')).toBe('Tình hình kinh tế\nxã hội quý I, vi phạm');
    expect(isAllCaps('TÌNH HÌNH KINH TẾ')).toBe(true);
    expect(isAllCaps('Tình hình KINH TẾ')).toBe(false);
  });
});
