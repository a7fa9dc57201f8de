import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding, DETECTION_THRESHOLD, fixLegacyText, type LegacyEncoding } from './detect';
import negatives from './fixtures/negatives.json';
import samples from './fixtures/public-samples.json';
import tcvn3Report from './fixtures/tcvn3-report.json';
import vniReport from './fixtures/vni-report.json';
import { toTcvn3 } from './tcvn3';
import { toVni } from './vni';

const reportCases = [
  ...tcvn3Report.cases.map((c) => ({ ...c, encoding: 'tcvn3' as LegacyEncoding })),
  ...vniReport.cases.map((c) => ({ ...c, encoding: 'vni' as LegacyEncoding })),
];

describe('detectLegacyEncoding', () => {
  it.each(samples.cases.map((c) => [c.legacy, c] as const))('recognises the public sample %s', (_legacy, c) => {
    const found = detectLegacyEncoding(c.legacy);
    expect(found.encoding).toBe(c.encoding);
    expect(found.confidence).toBeGreaterThanOrEqual(DETECTION_THRESHOLD);
  });

  it.each(reportCases.map((c) => [`${c.encoding}: ${c.name}`, c] as const))('recognises the report fixture %s', (_name, c) => {
    const found = detectLegacyEncoding(c.legacy);
    expect(found.encoding).toBe(c.encoding);
    expect(found.confidence).toBeGreaterThan(0.9);
  });

  it.each(negatives.cases.map((c) => [c.name, c.text] as const))('does not fire on %s', (_name, text) => {
    expect(detectLegacyEncoding(text)).toEqual({ encoding: null, confidence: 0 });
    expect(fixLegacyText(text)).toBeNull();
  });

  it('does not fire on the report fixtures in Unicode, nor on their words one by one', () => {
    for (const c of reportCases) {
      expect(detectLegacyEncoding(c.unicode).encoding).toBeNull();
      for (const word of c.unicode.split(/\s+/u)) expect(detectLegacyEncoding(word).encoding, word).toBeNull();
    }
  });

  it('does not fire on plain ASCII or empty text', () => {
    expect(detectLegacyEncoding('').encoding).toBeNull();
    expect(detectLegacyEncoding('Lưu: VT, TTBCXB'.normalize('NFD')).encoding).toBeNull();
    expect(detectLegacyEncoding('Internet, email, Website 2023').encoding).toBeNull();
  });

  it('tells the two encodings apart on the same sentence', () => {
    const sentence = 'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành báo cáo kết quả thực hiện';
    expect(detectLegacyEncoding(toTcvn3(sentence)).encoding).toBe('tcvn3');
    expect(detectLegacyEncoding(toVni(sentence)).encoding).toBe('vni');
  });
});

describe('fixLegacyText', () => {
  it.each(samples.cases.map((c) => [c.legacy, c] as const))('fixes %s', (_legacy, c) => {
    expect(fixLegacyText(c.legacy)).toMatchObject({ text: c.unicode, encoding: c.encoding });
  });

  it('fixes the report fixtures, capitals font included', () => {
    for (const c of reportCases) expect(fixLegacyText(c.legacy)?.text).toBe(c.unicode);
  });

  it('keeps Unicode words typed into pasted legacy text', () => {
    // "Báo cáo" was pasted from a .VnTime file, "Quảng Trị" typed in Unicode afterwards.
    const mixed = `${toTcvn3('Báo cáo kết quả công tác tuyên truyền của tỉnh')} Quảng Trị`;
    expect(fixLegacyText(mixed)?.text).toBe('Báo cáo kết quả công tác tuyên truyền của tỉnh Quảng Trị');
  });

  it('can be told that the text was set in a capitals font', () => {
    expect(fixLegacyText('b¸o c¸o tæng kÕt', { capsFont: true })?.text).toBe('BÁO CÁO TỔNG KẾT');
    expect(fixLegacyText('b¸o c¸o tæng kÕt')?.text).toBe('báo cáo tổng kết');
  });
});
