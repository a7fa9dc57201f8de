import { describe, expect, it } from 'vitest';
import { foldVietnamese, hasDiacritics, highlightRanges, lowerNfc, normalizeNfc, snippet } from './vn-fold';

const nfd = (text: string): string => text.normalize('NFD');
/** The highlighted pieces of a text, NFC-normalized for comparison. */
const pieces = (text: string, ranges: Array<[number, number]>): string[] =>
  ranges.map(([start, end]) => text.slice(start, end).normalize('NFC'));

describe('foldVietnamese', () => {
  it('strips tones and vowel marks and lower-cases', () => {
    expect(foldVietnamese('Đà Nẵng')).toBe('da nang');
    expect(foldVietnamese('ĐẮK LẮK')).toBe('dak lak');
    expect(foldVietnamese('Dân tộc')).toBe('dan toc');
    expect(foldVietnamese('Ủy ban nhân dân')).toBe('uy ban nhan dan');
  });

  it('maps đ and Đ to d both ways, and the look-alike Ð (U+00D0) too', () => {
    expect(foldVietnamese('đ')).toBe('d');
    expect(foldVietnamese('Đ')).toBe('d');
    expect(foldVietnamese('d')).toBe(foldVietnamese('đ'));
    expect(foldVietnamese('D')).toBe(foldVietnamese('Đ'));
    expect(foldVietnamese('Đồng')).toBe(foldVietnamese('dong'));
    expect(foldVietnamese('\u00D0ồng')).toBe('dong');
  });

  it('gives the same result for NFC and NFD input', () => {
    const text = 'Quảng Trị';
    expect(nfd(text)).not.toBe(text);
    expect(foldVietnamese(nfd(text))).toBe(foldVietnamese(text));
    expect(foldVietnamese(nfd(text))).toBe('quang tri');
  });

  it('leaves text without diacritics alone apart from case', () => {
    expect(foldVietnamese('BC-STTTT 2023')).toBe('bc-stttt 2023');
  });
});

describe('normalizeNfc, lowerNfc and hasDiacritics', () => {
  it('normalizes NFD to NFC', () => {
    expect(normalizeNfc(nfd('Thừa Thiên Huế'))).toBe('Thừa Thiên Huế');
    expect(lowerNfc(nfd('ĐÀ'))).toBe('đà');
  });

  it('tells marked words from plain ones', () => {
    expect(hasDiacritics('Đà')).toBe(true);
    expect(hasDiacritics(nfd('Trị'))).toBe(true);
    expect(hasDiacritics('Da')).toBe(false);
    expect(hasDiacritics('QUANG')).toBe(false);
  });
});

describe('highlightRanges', () => {
  const text = 'Báo cáo tình hình tỉnh Quảng Trị và tỉnh Đắk Lắk';

  it('finds unmarked query words in marked text at the right offsets', () => {
    const ranges = highlightRanges(text, 'quang tri');
    expect(pieces(text, ranges)).toEqual(['Quảng', 'Trị']);
    expect(ranges[0]).toEqual([text.indexOf('Quảng'), text.indexOf('Quảng') + 'Quảng'.length]);
  });

  it('finds marked query words in unmarked text', () => {
    const plain = 'Bao cao tinh Quang Tri, dan toc thieu so';
    expect(pieces(plain, highlightRanges(plain, 'Quảng Trị'))).toEqual(['Quang', 'Tri']);
    expect(pieces(plain, highlightRanges(plain, 'Dân tộc'))).toEqual(['dan', 'toc']);
  });

  it('points into NFD text as given, marks included', () => {
    const decomposed = nfd(text);
    const ranges = highlightRanges(decomposed, 'Dak lak');
    expect(pieces(decomposed, ranges)).toEqual(['Đắk', 'Lắk']);
    const [start, end] = ranges[0] ?? [0, 0];
    expect(end - start).toBeGreaterThan('Đắk'.length); // the NFD word is longer in code units
    expect(highlightRanges(decomposed, nfd('Quảng')).map(([s, e]) => decomposed.slice(s, e))).toEqual([nfd('Quảng')]);
  });

  it('matches whole words, and the start of a word for the last query word', () => {
    expect(pieces(text, highlightRanges(text, 'tinh'))).toEqual(['tình', 'tỉnh', 'tỉnh']);
    expect(pieces(text, highlightRanges(text, 'qua'))).toEqual(['Quả']);
    expect(highlightRanges(text, 'qua', { prefixLast: false })).toEqual([]);
    expect(pieces(text, highlightRanges(text, 'qua tri'))).toEqual(['Trị']);
  });

  it('returns nothing for an empty query or text', () => {
    expect(highlightRanges(text, '  ')).toEqual([]);
    expect(highlightRanges('', 'quang')).toEqual([]);
  });
});

describe('snippet', () => {
  const long =
    'Thực hiện Kế hoạch số 15/KH-UBND của Ủy ban nhân dân tỉnh, Sở báo cáo như sau.\n' +
    'Công tác chuyển đổi số được triển khai đồng bộ tại các xã vùng đồng bào dân tộc thiểu số, ' +
    'góp phần nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn tỉnh Quảng Trị.';

  it('cuts around the first match with ellipses and re-bases the ranges', () => {
    const ranges = highlightRanges(long, 'dan toc');
    const result = snippet(long, ranges, 30);
    expect(result.text.startsWith('…')).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    expect(result.text.length).toBeLessThan(long.length);
    expect(result.highlights.map(([s, e]) => result.text.slice(s, e))).toEqual(['dân', 'tộc']);
    expect(result.text).not.toContain('\n');
  });

  it('keeps the start of the text when the match is near it, and the start without matches', () => {
    expect(snippet(long, highlightRanges(long, 'ke hoach'), 30).text.startsWith('Thực hiện')).toBe(true);
    const none = snippet(long, [], 20);
    expect(none.text.startsWith('Thực hiện')).toBe(true);
    expect(none.highlights).toEqual([]);
  });

  it('never splits a character from its marks in NFD text', () => {
    const decomposed = nfd(long);
    const result = snippet(decomposed, highlightRanges(decomposed, 'Quảng'), 25);
    expect(result.text.normalize('NFC')).toContain('Quảng');
    expect(/^[\u0300-\u036f]/u.test(result.text.replace(/^…/u, ''))).toBe(false);
    expect(result.highlights.map(([s, e]) => result.text.slice(s, e).normalize('NFC'))).toEqual(['Quảng']);
  });

  it('returns short texts whole', () => {
    expect(snippet('Đà Nẵng', highlightRanges('Đà Nẵng', 'da'), 60)).toEqual({ text: 'Đà Nẵng', highlights: [[0, 2]] });
  });
});
