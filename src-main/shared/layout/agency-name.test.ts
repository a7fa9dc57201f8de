import { describe, expect, it } from 'vitest';
import { agencyNameInSentence } from './agency-name';

describe('agencyNameInSentence', () => {
  it.each([
    ['SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Sở Thông tin và Truyền thông'],
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 'Ủy ban nhân dân tỉnh Quảng Trị'],
    ['BỘ KẾ HOẠCH VÀ ĐẦU TƯ', 'Bộ Kế hoạch và Đầu tư'],
    ['UBND HUYỆN SƠN TỊNH', 'UBND huyện Sơn Tịnh'],
    ['BAN DÂN TỘC', 'Ban Dân tộc'],
    ['TỔNG CỤC THUẾ', 'Tổng cục Thuế'],
    ['Sở Nội vụ', 'Sở Nội vụ'],
  ])('%s → %s', (caps, sentence) => {
    expect(agencyNameInSentence(caps)).toBe(sentence);
  });
});
