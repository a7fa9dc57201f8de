import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './syllable';

describe('isVietnameseSyllable', () => {
  it.each(['nước', 'người', 'Quốc', 'giữa', 'gì', 'khuya', 'thuở', 'nghiêng', 'xoong', 'khuỷu', 'hoà', 'hòa', 'ỦY', 'BÁO', 'đường', 'uyên', 'yêu', 'ạ'])(
    'accepts %s',
    (word) => expect(isVietnameseSyllable(word)).toBe(true),
  );

  it.each(['Néi', 'Boä', 'chµo', 'été', 'schön', 'and', 'est', 'Internet', 'UBND', 'âo', 'ba\u0301\u0300', 'hỏt', 'cac', 'mot', 'fan', 'ằ'])(
    'refuses %s',
    (word) => expect(isVietnameseSyllable(word)).toBe(false),
  );

  it('allows only sắc or nặng on a rime closed by c, ch, p, t', () => {
    expect(['các', 'cạc', 'càc', 'cảc', 'cãc', 'cac'].map(isVietnameseSyllable)).toEqual([true, true, false, false, false, false]);
  });

  it('reads decomposed input like precomposed', () => {
    expect(isVietnameseSyllable('nghiêng'.normalize('NFD'))).toBe(true);
  });
});
